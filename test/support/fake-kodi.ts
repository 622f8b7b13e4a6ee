/**
 * Stand-ins for Kodi's Python modules (xbmc, xbmcaddon, xbmcgui, xbmcvfs), for importing and
 * driving the add-on's Python outside Kodi. One set for every test that needs them; they do
 * nothing but what the tests look at (xbmc.Monitor records how long it was asked to wait).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";

const XBMC = `"""Just enough of Kodi's xbmc module: logging (dropped), JSON-RPC (answers {}), a Monitor recording its waits."""
LOGDEBUG, LOGINFO, LOGWARNING, LOGERROR, LOGFATAL = 0, 1, 2, 3, 4


def log(msg, level=0):
    pass


def executeJSONRPC(request):
    return '{}'


def executebuiltin(function, wait=False):
    pass


def getInfoLabel(label):
    return ''


def getCondVisibility(condition):
    return False


def getRegion(id):
    return '%H:%M:%S' if id == 'time' else '%d/%m/%Y'


class Monitor:
    def __init__(self):
        self.waits = []
        self.abort = False

    def waitForAbort(self, timeout=0):
        self.waits.append(timeout)
        return self.abort

    def abortRequested(self):
        return self.abort
`;

const XBMCADDON = `class Addon:
    def __init__(self, id=None):
        pass

    def getSetting(self, id):
        return ''

    def setSetting(self, id, value):
        pass

    def getAddonInfo(self, id):
        return ''

    def getLocalizedString(self, id):
        return ''
`;

/** Just enough of Kodi's xbmcgui for the ui shim. */
export const FAKE_XBMCGUI = `NOTIFICATION_INFO, NOTIFICATION_WARNING, NOTIFICATION_ERROR = 'info', 'warning', 'error'


class Dialog:
    def notification(self, heading, message, icon='', time=0, sound=True):
        pass

    def ok(self, heading, message):
        return True


class DialogProgressBG:
    def create(self, heading, message=''):
        pass

    def update(self, percent=0, heading='', message=''):
        pass

    def close(self):
        pass


class Window:
    def __init__(self, id=-1):
        pass

    def setProperty(self, key, value):
        pass

    def getProperty(self, key):
        return ''

    def clearProperty(self, key):
        pass
`;

const XBMCVFS = `def translatePath(path):
    return path


def exists(path):
    return False


def mkdirs(path):
    return True
`;

/** Writes xbmc.py, xbmcaddon.py, xbmcgui.py and xbmcvfs.py into `directory` (made when missing) and returns it. */
export function writeFakeKodiModules(directory: string): string {
  mkdirSync(directory, { recursive: true });
  writeFileSync(path.join(directory, "xbmc.py"), XBMC);
  writeFileSync(path.join(directory, "xbmcaddon.py"), XBMCADDON);
  writeFileSync(path.join(directory, "xbmcgui.py"), FAKE_XBMCGUI);
  writeFileSync(path.join(directory, "xbmcvfs.py"), XBMCVFS);
  return directory;
}
