"""Drives the add-on's MQTT shim (cloudsync_host.mqtt) against a real broker for the integration tests.

Usage: mqtt_shim_driver.py LIB_DIR SCENARIO HOST PORT [ARGS...]; prints one JSON object (or lines for "will").
"""
import json
import sys
import time

sys.path.insert(0, sys.argv[1])

import paho.mqtt.client as mqtt  # noqa: E402  (the vendored Paho, first on sys.path)
from cloudsync_host.mqtt import MqttConnection  # noqa: E402

SCENARIO, HOST, PORT = sys.argv[2], sys.argv[3], int(sys.argv[4])
EXTRA = sys.argv[5:]


# One client id per Python version: each run's persistent session is its own.
VERSION = f"{sys.version_info[0]}{sys.version_info[1]}"


def options(client_id, username="", password="", will_topic="cloudsync/test/will", will_payload="offline", use_tls=False, ca_file=""):
    client_id = f"{client_id}-py{VERSION}"
    return {
        "host": HOST, "port": PORT, "username": username, "password": password, "use_tls": use_tls, "ca_file": ca_file,
        "client_id": client_id, "keepalive_seconds": 5, "session_expiry_seconds": 300,
        "will_topic": will_topic, "will_payload": will_payload, "will_expiry_seconds": 600,
    }


def wait_for(what, probe, seconds=10.0):
    deadline = time.time() + seconds
    while time.time() < deadline:
        result = probe()
        if result:
            return result
        time.sleep(0.02)
    raise SystemExit(f"timed out waiting for {what}")


def connected(connection, changes):
    def probe():
        changes.extend(connection.take_connection_changes())
        return any(change["connected"] for change in changes)
    return probe


def raw_publish(topic, payload, retain=False):
    client = mqtt.Client(callback_api_version=mqtt.CallbackAPIVersion.VERSION2, protocol=mqtt.MQTTv5)
    client.connect(HOST, PORT)
    client.loop_start()
    client.publish(topic, payload, qos=1, retain=retain).wait_for_publish(5)
    client.disconnect()
    client.loop_stop()


def collect(connection, count, seconds=10.0):
    messages = []
    def probe():
        messages.extend(connection.take_messages(100))
        return len(messages) >= count
    wait_for(f"{count} message(s)", probe, seconds)
    return messages


def await_subscription(connection, prefix):
    """A retained probe arrives once the subscription is active: proof, not a guess with sleep()."""
    raw_publish(f"{prefix}/probe", b"probe", retain=True)
    wait_for("the subscription's probe", lambda: any(m["topic"] == f"{prefix}/probe" for m in connection.take_messages(100)))


if SCENARIO == "roundtrip":
    connection = MqttConnection()
    changes = []
    connection.set_subscriptions([f"cloudsync/test/rt{VERSION}/#"], 1)
    connection.configure(options("shim-roundtrip"))
    wait_for("a connection", connected(connection, changes))
    await_subscription(connection, f"cloudsync/test/rt{VERSION}")
    published = connection.publish(f"cloudsync/test/rt{VERSION}/state", json.dumps({"v": 1}), 1, True, 3600)
    raw_publish(f"cloudsync/test/rt{VERSION}/bad", b"\xff\xfe\x00")
    messages = collect(connection, 2)
    connection.stop()
    print(json.dumps({"changes": changes, "published": published, "messages": sorted(messages, key=lambda m: m["topic"]),
                      "paho": connection.paho_location(), "after_stop": connection.take_connection_changes(),
                      "publish_when_stopped": connection.publish("cloudsync/test/rt/x", "x", 1, False, 0)}))
elif SCENARIO == "session":
    first = MqttConnection()
    changes = []
    first.set_subscriptions([f"cloudsync/test/session{VERSION}/#"], 1)
    first.configure(options("shim-session"))
    wait_for("the first connection", connected(first, changes))
    await_subscription(first, f"cloudsync/test/session{VERSION}")
    first.stop()
    raw_publish(f"cloudsync/test/session{VERSION}/missed", b"sent while offline")
    second = MqttConnection()
    second_changes = []
    second.set_subscriptions([f"cloudsync/test/session{VERSION}/#"], 1)
    second.configure(options("shim-session"))
    wait_for("the second connection", connected(second, second_changes))
    # Re-subscribing on connect also brings the retained probe again; the missed message is what matters.
    messages = [m for m in collect(second, 2) if not m["topic"].endswith("/probe")]
    second.stop()
    print(json.dumps({"first": changes, "second": second_changes, "messages": messages}))
elif SCENARIO == "connect":
    # connect USERNAME PASSWORD USE_TLS CA_FILE: the connection changes the shim queued (a failure:
    # until Paho's retry failed too) and those the service reports, as the compiled
    # ConnectionReports (src/core/connection-reports.ts) filters them.
    from cloudsync.core.connection_reports import ConnectionReports  # noqa: E402

    username, password, use_tls, ca_file = EXTRA[0], EXTRA[1], EXTRA[2] == "true", EXTRA[3]
    connection = MqttConnection()
    changes = []
    connection.configure(options("shim-connect", username=username, password=password, use_tls=use_tls, ca_file=ca_file))
    def changed():
        changes.extend(connection.take_connection_changes())
        return changes
    wait_for("a connection change", changed)
    if not changes[0]["connected"]:
        # Paho tries again after 1 s; the shim queues that attempt's failure too, however alike.
        wait_for("a second failed attempt", lambda: len([change for change in changed() if not change["connected"]]) >= 2)
    connection.stop()
    print(json.dumps({"changes": changes, "reported": ConnectionReports().reportable(changes)}))
elif SCENARIO == "will":
    connection = MqttConnection()
    changes = []
    connection.configure(options("shim-will", will_topic=EXTRA[0], will_payload="offline"))
    wait_for("a connection", connected(connection, changes))
    print("connected", flush=True)
    time.sleep(60)  # the test kills this process: the broker must publish the Last Will
elif SCENARIO == "read-retained":
    received = []
    client = mqtt.Client(callback_api_version=mqtt.CallbackAPIVersion.VERSION2, protocol=mqtt.MQTTv5)
    client.on_message = lambda c, u, message: received.append({"topic": message.topic, "payload": message.payload.decode(), "retain": bool(message.retain)})
    client.connect(HOST, PORT)
    client.subscribe(EXTRA[0], qos=1)
    client.loop_start()
    wait_for("the retained message", lambda: received, 10)
    client.loop_stop()
    print(json.dumps(received[0]))
elif SCENARIO == "many-retained":
    # EXTRA: topic prefix (already holding COUNT retained states), COUNT, subscription QoS.
    prefix, count, qos = EXTRA[0], int(EXTRA[1]), int(EXTRA[2])
    connection = MqttConnection()
    changes = []
    connection.set_subscriptions([f"{prefix}/+/state", f"{prefix}/marker"], qos)
    connection.configure(options(f"shim-many-q{qos}"))
    wait_for("connected", connected(connection, changes))
    # The broker sends retained states for a subscription before a later publication of ours; a
    # marker published while its queue is full is dropped like the states, so one is sent every
    # half second until one comes back: then every retained state was either sent or dropped.
    markers = {"sent": 0, "at": 0.0}
    states = 0
    def probe():
        global states
        if time.time() - markers["at"] >= 0.5:
            markers["sent"] += 1
            markers["at"] = time.time()
            connection.publish(f"{prefix}/marker", str(markers["sent"]), 1, False, 60)
        for message in connection.take_messages(500):
            if message["topic"] == f"{prefix}/marker":
                return True
            states += 1
        return False
    wait_for("the marker", probe, 60)
    connection.stop()
    print(json.dumps({"states": states}))
elif SCENARIO == "limits":
    # Against a broker configured small (max_inflight_messages 2, max_packet_size 2048, max_topic_alias 4):
    # what the shim read from the CONNACK, how many QoS 1 publications Paho had unacknowledged at
    # once during a burst, and publications either side of the packet size limit.
    prefix = f"cloudsync/test/limits{VERSION}"
    connection = MqttConnection()
    changes = []
    connection.set_subscriptions([f"{prefix}/#"], 0)
    connection.configure(options("shim-limits"))
    wait_for("a connection", connected(connection, changes))
    await_subscription(connection, prefix)
    limits = connection.broker_limits()
    client = connection._client
    most_in_flight = 0
    for index in range(40):
        connection.publish(f"{prefix}/burst/{index}", "x" * 100, 1, False, 0)
        most_in_flight = max(most_in_flight, client._inflight_messages)
    def burst_sent():
        global most_in_flight
        most_in_flight = max(most_in_flight, client._inflight_messages)
        return client._inflight_messages == 0 and len(client._out_messages) == 0
    wait_for("the burst to be acknowledged", burst_sent, 20)
    burst = [m["topic"] for m in collect(connection, 40, 20)]
    # packet_bytes against the PUBLISH packets Paho really sends, across the remaining length's 1-, 2- and 3-byte forms.
    queued = []
    paho_queue = client._packet_queue
    def recording_queue(command, packet, mid, qos, info=None):
        if command & 0xF0 == 0x30:
            queued.append(len(packet))
        return paho_queue(command, packet, mid, qos, info)
    client._packet_queue = recording_queue
    topic = f"{prefix}/size"
    predicted = []
    for payload_bytes, expiry in [(0, 0), (100, 3600), (1800, 3600), (20000, 0)]:
        predicted.append(connection.packet_bytes(topic, "é" * (payload_bytes // 2), 1, expiry))
        connection.publish(topic, "é" * (payload_bytes // 2), 1, False, expiry)
        wait_for("the packet to be queued", lambda: len(queued) == len(predicted))
    wait_for("the broker's answer", lambda: changes.extend(connection.take_connection_changes()) or not connection.is_connected(), 10)
    connection.configure(options("shim-limits"))
    wait_for("a connection again", lambda: connection.is_connected())
    topic = f"{prefix}/fits"
    fitting = 2048 - connection.packet_bytes(topic, "", 1, 3600)
    while connection.packet_bytes(topic, "a" * fitting, 1, 3600) > 2048:
        fitting -= 1
    sizes = [connection.packet_bytes(topic, "a" * fitting, 1, 3600)]
    connection.publish(topic, "a" * fitting, 1, False, 3600)
    arrived = []
    wait_for("the fitting packet", lambda: arrived.extend(m["size"] for m in connection.take_messages(100) if m["topic"] == topic) or arrived)
    fitting_arrived = arrived[0]
    changes.extend(connection.take_connection_changes())
    connected_before_oversize = connection.is_connected()
    # 16 bytes more, sent anyway (the service never does: src/broker-link.ts checks first): the broker drops the client.
    connection.publish(topic, "a" * (fitting + 16), 1, False, 3600)
    wait_for("the broker to drop the connection", lambda: changes.extend(connection.take_connection_changes()) or not connection.is_connected(), 10)
    connection.stop()
    print(json.dumps({"limits": limits, "paho_inflight_limit": client._max_inflight_messages, "most_in_flight": most_in_flight,
                      "burst": burst, "sizes": sizes, "fitting_arrived": fitting_arrived, "queued": queued, "predicted": predicted,
                      "connected_before_oversize": connected_before_oversize, "changes": changes}))
