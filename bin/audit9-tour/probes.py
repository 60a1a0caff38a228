#!/usr/bin/env python3
"""Raw HTTP requests to a serve on 127.0.0.1:18791 (Host tricks, methods, traversal, framing); prints each status."""
import socket,sys
def send(req, port=18791):
    s=socket.create_connection(("127.0.0.1",port)); s.sendall(req); s.settimeout(5)
    out=b""
    try:
        while True:
            d=s.recv(65536)
            if not d: break
            out+=d
    except Exception as e: pass
    s.close(); return out
for r in [b"GET /api/stats HTTP/1.0\r\n\r\n",
          b"GET http://evil.com/api/stats HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
          b"GET http://localhost/api/stats HTTP/1.1\r\nHost: evil.com\r\nConnection: close\r\n\r\n",
          b"GET /api/stats HTTP/1.1\r\nHost: localhost\r\nHost: evil.com\r\nConnection: close\r\n\r\n",
          b"GET /api/stats HTTP/1.1\r\nHost: evil.com\r\nHost: localhost\r\nConnection: close\r\n\r\n",
          b"TRACE / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
          b"OPTIONS /api/documents HTTP/1.1\r\nHost: localhost\r\nOrigin: http://evil.com\r\nAccess-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: content-type\r\nConnection: close\r\n\r\n",
          b"PUT /api/documents/x HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
          b"PATCH /api/documents/x HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
          b"HEAD /api/stats HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
          b"CONNECT evil.com:443 HTTP/1.1\r\nHost: evil.com:443\r\nConnection: close\r\n\r\n",
          b"GET /api/documents/..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
          b"GET /../../etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
          b"GET /app.js/../../../etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
          b"GET /%2e%2e%2fpom.xml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
          b"GET /index.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
          b"GET /org/doppel/server/app.js HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
          b"POST /api/documents HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\nConnection: close\r\n\r\n0\r\n\r\n",
          ]:
    out=send(r)
    first=out.split(b"\r\n")[0]; body=out.split(b"\r\n\r\n",1)[-1][:160]
    print(r.split(b"\r\n")[0].decode(), "->", first.decode(errors='replace'), body)
