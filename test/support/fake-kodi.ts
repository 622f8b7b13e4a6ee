/** Stand-ins for Kodi's Python modules, for importing the add-on outside Kodi. */

/** Just enough of Kodi's xbmcgui for the ui shim to import. */
export const FAKE_XBMCGUI = "NOTIFICATION_INFO, NOTIFICATION_WARNING, NOTIFICATION_ERROR = 'info', 'warning', 'error'\nclass Dialog:\n    def notification(self, heading, message, icon='', time=0, sound=True): pass\nclass DialogProgressBG:\n    def create(self, heading, message=''): pass\n    def update(self, percent=0, heading='', message=''): pass\n    def close(self): pass\nclass Window:\n    def __init__(self, id=-1): pass\n    def setProperty(self, key, value): pass\n    def getProperty(self, key): return ''\n    def clearProperty(self, key): pass\n";

