#!/usr/bin/env python3
"""Round trip of one byte over loopback TCP between two processes, by the pause between messages.

Shows what an idle (virtual) CPU costs a request before the service does any work: run the echo side on one CPU and
the client on the other, as bench/http.sh pins the service and h2load.

    taskset -c 1 bench/loopback-latency.py echo & taskset -c 0 bench/loopback-latency.py
"""
import socket
import sys
import time

PORT = 18777


def echo():
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", PORT))
    server.listen(1)
    connection, _ = server.accept()
    while data := connection.recv(100):
        connection.sendall(data)


def measure():
    connection = socket.create_connection(("127.0.0.1", PORT))
    connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    for pause in (0.0, 0.01, 0.1):
        rtts = []
        for _ in range(100):
            started = time.perf_counter()
            connection.sendall(b"x")
            connection.recv(10)
            rtts.append((time.perf_counter() - started) * 1000)
            time.sleep(pause)
        rtts.sort()
        print(f"pause {pause * 1000:3.0f} ms: round trip p50 {rtts[50]:.3f} ms, p99 {rtts[98]:.3f} ms")


if __name__ == "__main__":
    echo() if sys.argv[1:] == ["echo"] else measure()
