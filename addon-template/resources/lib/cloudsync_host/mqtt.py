"""One Paho MQTT v5 client at a time, for the service (or the Test connection button).

Paho's network thread only queues what happens (messages, connection changes, every failed
attempt); the service thread takes the queues and decides what to tell the user
(src/core/connection-reports.ts says which failures are news). What stays here is Paho's own
business: its reconnect back-off (1 s doubling to 30 s), the cap on its queue of unsent messages,
putting a failed attempt's exception into words, and the bound on what waits for the service:
Paho's thread waits for room (back-pressure: it stops reading from the broker) rather than let a
flood of messages fill Kodi's memory. Nothing is logged here, the password never.
"""
from __future__ import annotations

import collections
import os
import socket
import ssl
import threading
from typing import Any, Deque, Dict, List, Optional

import paho
import paho.mqtt.client as mqtt
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties
from paho.mqtt.reasoncodes import ReasonCode
from paho.mqtt.subscribeoptions import SubscribeOptions

from . import wakeup

# Paho keeps at most this many unsent QoS 1 messages; more means the broker is not taking them.
MAX_QUEUED_MESSAGES = 1000
# Unacknowledged QoS 1 publications at once (Paho's default), fewer when the broker's CONNACK
# announces a smaller Receive Maximum: a broker disconnects a client that sends more.
MAX_INFLIGHT_MESSAGES = 20
# Received messages waiting for the service, at most. A household's catch-up on connect is a few
# thousand retained states and must fit (a broker drops QoS 0 messages for a client that stops
# reading: Mosquitto past 1,000 waiting packets); a flood beyond it waits at the broker, or is
# dropped there, instead of filling Kodi's memory. Bytes bound it too (a packet may be 270 kB).
MAX_WAITING_MESSAGES = 10_000
MAX_WAITING_BYTES = 8 * 1024 * 1024
# How long Paho's thread sleeps at a time while it waits for room (it wakes at once when there is).
ROOM_WAIT_SECONDS = 0.5


def _reason_text(reason_code: Any) -> str:
    """A reason code in words, for a log line."""
    text = str(reason_code)
    return text if text else "unknown reason"


def _describe_network_error(error: OSError) -> str:
    """Why a connection attempt failed, in words a user can act on."""
    if isinstance(error, ssl.SSLCertVerificationError):
        return f"the broker's TLS certificate is not trusted ({error.verify_message}); set the CA file or check the host name"
    if isinstance(error, ssl.SSLError):
        return f"TLS handshake failed ({error.reason or error}); is TLS on at the broker's port?"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused: nothing listens on that host and port (is the broker running?)"
    if isinstance(error, socket.gaierror):
        return "unknown host name"
    if isinstance(error, (socket.timeout, TimeoutError)):
        return "no answer from the broker (timed out)"
    return f"network error: {error.strerror or error}"


def _variable_integer_bytes(value: int) -> int:
    """How many bytes MQTT's variable byte integer takes for `value`."""
    count = 1
    while value >= 128:
        value //= 128
        count += 1
    return count


def _no_acknowledgements() -> Dict[str, Any]:
    return {"subscriptions": 0, "subscription_refusal": "", "published": 0, "refused": 0, "refusal": ""}


class _Client(mqtt.Client):
    """Paho's client, remembering why its last connection attempt failed (Paho's callback is not told)."""

    last_failure = ""

    def reconnect(self) -> mqtt.MQTTErrorCode:
        try:
            return super().reconnect()
        except OSError as error:
            self.last_failure = _describe_network_error(error)
            raise


class MqttConnection:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        # Signalled when the service took messages (room) or the client changed (stop waiting).
        self._room = threading.Condition(self._lock)
        self._messages: Deque[Dict[str, Any]] = collections.deque()
        self._waiting_bytes = 0
        self._subscription_qos = 1
        self._changes: Deque[Dict[str, Any]] = collections.deque()
        self._filters: List[str] = []
        self._client: Optional[mqtt.Client] = None
        self._connected = False
        # What the last CONNACK announced (0: the broker did not say).
        self._limits: Dict[str, int] = {"receive_maximum": 0, "maximum_packet_size": 0, "topic_alias_maximum": 0}
        # The broker's answers to subscriptions and QoS 1 publications, counted (bounded: numbers
        # and the last refusal's words). Forget this group's data reads them: an ACL that denies a
        # subscription or a deletion is only told in these answers.
        self._acknowledgements: Dict[str, Any] = _no_acknowledgements()

    def configure(self, options: Dict[str, Any]) -> str:
        """(Re)connects in the background with these options; any earlier client is stopped first.

        Returns "" when connecting started, else why it could not (the service puts it into words):
        "ca_missing", "ca_unreadable" or "ca_invalid: <detail>".
        """
        # The service asked for the new connection: the old one's end is not news to report.
        self._stop_client(report=False)
        ca_file = str(options["ca_file"]) if options["use_tls"] else ""
        if ca_file != "":
            if not os.path.isfile(ca_file):
                return "ca_missing"
            if not os.access(ca_file, os.R_OK):
                return "ca_unreadable"
        client = _Client(
            callback_api_version=mqtt.CallbackAPIVersion.VERSION2,
            client_id=str(options["client_id"]),
            protocol=mqtt.MQTTv5,
        )
        client.max_queued_messages_set(MAX_QUEUED_MESSAGES)
        client.max_inflight_messages_set(MAX_INFLIGHT_MESSAGES)
        # Belt and braces: a callback that raised would otherwise stop Paho's network thread for good.
        client.suppress_exceptions = True
        if options["username"] != "":
            client.username_pw_set(str(options["username"]), str(options["password"]))
        if options["use_tls"]:
            try:
                client.tls_set(ca_certs=ca_file or None, cert_reqs=ssl.CERT_REQUIRED, tls_version=ssl.PROTOCOL_TLS_CLIENT)
            except ssl.SSLError as error:
                return "ca_invalid: " + str(error.reason or error)
            except OSError:
                return "ca_unreadable"
            client.tls_insecure_set(False)
        if options["will_topic"] != "":  # a one-off connection (Test connection) leaves no Last Will
            will_properties = Properties(PacketTypes.WILLMESSAGE)
            will_properties.MessageExpiryInterval = int(options["will_expiry_seconds"])
            client.will_set(str(options["will_topic"]), str(options["will_payload"]), qos=0, retain=True, properties=will_properties)
        client.reconnect_delay_set(min_delay=1, max_delay=30)
        client.on_connect = self._on_connect
        client.on_disconnect = self._on_disconnect
        client.on_message = self._on_message
        client.on_connect_fail = self._on_connect_fail
        client.on_subscribe = self._on_subscribe
        client.on_publish = self._on_publish
        connect_properties = Properties(PacketTypes.CONNECT)
        connect_properties.SessionExpiryInterval = int(options["session_expiry_seconds"])
        maximum_packet_bytes = int(options.get("maximum_packet_bytes", 0))
        if maximum_packet_bytes > 0:
            # The broker must not send anything larger: Paho reads a whole packet before anyone can judge it.
            connect_properties.MaximumPacketSize = maximum_packet_bytes
        with self._lock:
            self._client = client
            self._acknowledgements = _no_acknowledgements()
        client.connect_async(
            str(options["host"]),
            int(options["port"]),
            keepalive=int(options["keepalive_seconds"]),
            clean_start=False,
            properties=connect_properties,
        )
        client.loop_start()
        return ""

    def set_subscriptions(self, topic_filters: List[str], qos: float) -> None:
        with self._lock:
            self._filters = list(topic_filters)
            self._subscription_qos = int(qos)
            client = self._client if self._connected else None
        if client is not None:
            self._subscribe(client)

    def _subscribe(self, client: mqtt.Client) -> None:
        with self._lock:
            filters = list(self._filters)
            qos = self._subscription_qos
        if filters:
            client.subscribe([(topic_filter, SubscribeOptions(qos=qos)) for topic_filter in filters])

    def publish(self, topic: str, payload: str, qos: float, retain: bool, expiry_seconds: float) -> bool:
        """Queues a publish; False when not connected or Paho refused it."""
        with self._lock:
            client = self._client if self._connected else None
        if client is None:
            return False
        properties: Optional[Properties] = None
        if expiry_seconds > 0:
            properties = Properties(PacketTypes.PUBLISH)
            properties.MessageExpiryInterval = int(expiry_seconds)
        try:
            info = client.publish(topic, payload.encode("utf-8"), qos=int(qos), retain=retain, properties=properties)
        except (ValueError, OSError):
            return False
        return info.rc == mqtt.MQTT_ERR_SUCCESS

    def packet_bytes(self, topic: str, payload: str, qos: int, expiry_seconds: float) -> int:
        """The size of the PUBLISH packet publish() would send for these (MQTT 5, no topic alias)."""
        properties = 5 if expiry_seconds > 0 else 0  # Message Expiry Interval: identifier and four bytes
        remaining = 2 + len(topic.encode("utf-8")) + (2 if int(qos) > 0 else 0)
        remaining += _variable_integer_bytes(properties) + properties + len(payload.encode("utf-8"))
        return 1 + _variable_integer_bytes(remaining) + remaining

    def broker_limits(self) -> Dict[str, int]:
        """What the broker's last CONNACK announced: receive_maximum, maximum_packet_size, topic_alias_maximum (0: not said)."""
        with self._lock:
            return dict(self._limits)

    def is_connected(self) -> bool:
        with self._lock:
            return self._connected

    def take_messages(self, limit: float) -> List[Dict[str, Any]]:
        taken: List[Dict[str, Any]] = []
        with self._lock:
            while self._messages and len(taken) < limit:
                message = self._messages.popleft()
                self._waiting_bytes -= int(message["size"])
                taken.append(message)
            self._room.notify_all()
        return taken

    def waiting_count(self) -> int:
        """How many received messages wait for the service (the catch-up's progress shows it)."""
        with self._lock:
            return len(self._messages)

    def take_connection_changes(self) -> List[Dict[str, Any]]:
        with self._lock:
            changes = list(self._changes)
            self._changes.clear()
        return changes

    def acknowledgements(self) -> Dict[str, Any]:
        """The broker's answers since this client was configured: subscriptions (SUBACKs), QoS 1
        publications acknowledged, and those refused with the last refusal's reason."""
        with self._lock:
            return dict(self._acknowledgements)

    def paho_location(self) -> str:
        """Where the Paho in use was loaded from: the add-on's vendored copy, not the system's."""
        return os.path.dirname(os.path.abspath(paho.__file__ or ""))

    def stop(self, with_will: bool = False) -> None:
        """Disconnects; `with_will` asks the broker to publish the Last Will all the same (MQTT 5 reason code 4)."""
        self._stop_client(report=True, with_will=with_will)

    def _stop_client(self, report: bool, with_will: bool = False) -> None:
        with self._lock:
            client = self._client
            self._client = None
            was_connected = self._connected
            self._connected = False
            self._room.notify_all()  # a Paho thread waiting for room stops waiting: its client is gone
        if client is None:
            return
        try:
            client.disconnect(reasoncode=ReasonCode(PacketTypes.DISCONNECT, "Disconnect with will message") if with_will else None)
        except (OSError, ValueError):
            pass  # the connection was already gone: nothing left to close politely
        finally:
            client.loop_stop()
        if was_connected and report:
            with self._lock:
                self._changes.append({"connected": False, "reason": "disconnected on request"})

    # Paho's network thread runs these: queue and return, never raise.

    def _on_connect(self, client: mqtt.Client, userdata: Any, flags: Any, reason_code: Any, properties: Any) -> None:
        try:
            failed = bool(getattr(reason_code, "is_failure", False))
            with self._lock:
                if client is not self._client:
                    return
                if failed:
                    self._connected = False
                    self._changes.append({"connected": False, "reason": "the broker refused the connection: " + _reason_text(reason_code)})
            if failed:
                # Every change of the connection wakes the service: it sleeps until its next timer otherwise.
                wakeup.wake()
                return
            limits = {
                "receive_maximum": int(getattr(properties, "ReceiveMaximum", 0) or 0),
                "maximum_packet_size": int(getattr(properties, "MaximumPacketSize", 0) or 0),
                "topic_alias_maximum": int(getattr(properties, "TopicAliasMaximum", 0) or 0),
            }
            # Before anything is published on this connection: Paho 2.1 neither reads Receive Maximum
            # nor lets max_inflight_messages change once connected ("not supported"), so its field is
            # set directly; it is only read when Paho decides whether to send a queued message, and
            # stays above 0, so its bookkeeping is unchanged (the vendored Paho is pinned: build/steps/vendor-paho.ts).
            receive_maximum = limits["receive_maximum"] if limits["receive_maximum"] > 0 else MAX_INFLIGHT_MESSAGES
            client._max_inflight_messages = min(MAX_INFLIGHT_MESSAGES, receive_maximum)
            with self._lock:
                self._limits = limits
            # Subscribe before anyone can publish on this connection: the broker then sends every
            # retained state before it routes a later publication of ours (the catch-up marker).
            self._subscribe(client)
            with self._lock:
                if client is not self._client:
                    return
                self._connected = True
                self._changes.append({"connected": True, "reason": "session " + ("resumed" if getattr(flags, "session_present", False) else "new")})
            wakeup.wake()
        except Exception as error:  # a callback must never take Paho's thread down
            with self._lock:
                self._changes.append({"connected": False, "reason": f"error after connecting: {error}"})
            wakeup.wake()

    def _on_disconnect(self, client: mqtt.Client, userdata: Any, flags: Any, reason_code: Any, properties: Any) -> None:
        try:
            with self._lock:
                if client is not self._client:
                    return
                was_connected = self._connected
                self._connected = False
                if was_connected:
                    self._changes.append({"connected": False, "reason": "connection lost: " + _reason_text(reason_code)})
            wakeup.wake()
        except Exception:  # never take Paho's thread down
            pass

    def _on_connect_fail(self, client: mqtt.Client, userdata: Any) -> None:
        try:
            with self._lock:
                if client is not self._client:
                    return
                # Every attempt, even one failing as the last did: the service decides what is news.
                self._changes.append({"connected": False, "reason": getattr(client, "last_failure", "") or "could not connect"})
            wakeup.wake()
        except Exception:  # never take Paho's thread down
            pass

    def _on_subscribe(self, client: mqtt.Client, userdata: Any, mid: int, reason_codes: Any, properties: Any) -> None:
        try:
            with self._lock:
                if client is not self._client:
                    return
                answers = self._acknowledgements
                answers["subscriptions"] += 1
                for reason_code in reason_codes or []:
                    if bool(getattr(reason_code, "is_failure", False)):
                        answers["subscription_refusal"] = _reason_text(reason_code)
            wakeup.wake()
        except Exception:  # never take Paho's thread down
            pass

    def _on_publish(self, client: mqtt.Client, userdata: Any, mid: int, reason_code: Any, properties: Any) -> None:
        try:
            with self._lock:
                if client is not self._client:
                    return
                answers = self._acknowledgements
                if bool(getattr(reason_code, "is_failure", False)):
                    answers["refused"] += 1
                    answers["refusal"] = _reason_text(reason_code)
                else:
                    answers["published"] += 1
        except Exception:  # never take Paho's thread down
            pass

    def _on_message(self, client: mqtt.Client, userdata: Any, message: mqtt.MQTTMessage) -> None:
        try:
            # Paho raises here for a topic that is not valid UTF-8 (a broker may let one through): dropped.
            topic = message.topic
            raw = bytes(message.payload)
            try:
                payload: Optional[str] = raw.decode("utf-8")
            except UnicodeDecodeError:
                payload = None
            # Back-pressure: while the service has enough waiting, Paho's thread waits here and
            # reads nothing more from the broker (TCP holds the rest back), so memory stays bounded.
            # Kept even from a client stopped meanwhile: Paho acknowledges it once this returns.
            with self._room:
                while (len(self._messages) >= MAX_WAITING_MESSAGES or self._waiting_bytes >= MAX_WAITING_BYTES) and client is self._client:
                    self._room.wait(ROOM_WAIT_SECONDS)
                self._messages.append({"topic": topic, "payload": payload, "size": len(raw), "retained": bool(message.retain)})
                self._waiting_bytes += len(raw)
            wakeup.wake()
        except Exception:  # never take Paho's thread down
            pass
