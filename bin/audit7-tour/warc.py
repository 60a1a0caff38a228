import uuid, sys, os
ph='/tmp/audit7/ph'
def rec(kind, uri, block, ctype):
    head=(f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind+uri)}>\r\n"
          f"WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {ctype}\r\nContent-Length: {len(block)}\r\n\r\n").encode()
    return head+block+b"\r\n\r\n"
def http(body, ctype): return (f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n").encode()+body
ns={}; exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'site.py')).read().split("photos =")[0].replace("import os, shutil, sys",""), ns); st=ns['stories']
out=b''
for i,(t,b) in enumerate(st[:3]):
    img = '<figure><img src="/img/ferry.jpg"><figcaption>The terminal. Photo: Bay Herald</figcaption></figure>' if i==0 else '<figure><img src="/img/blank.gif" data-src="/img/x.jpg"><figcaption>Scene. Photo: Staff</figcaption></figure>'
    html=f'<html><head><title>{t}</title></head><body><header><img src="/img/logo.png"></header><article><h1>{t}</h1>{img}'+''.join(f'<p>{s}.</p>' for s in b.split('. '))+'</article><img src="https://track.example/p.gif"></body></html>'
    out+=rec('response', f'https://bay.example/news/{i}', http(html.encode(),'text/html; charset=utf-8'), 'application/http; msgtype=response')
for name,f,ct in [('ferry.jpg','orig.jpg','image/jpeg'),('blank.gif','pixel.gif','image/gif'),('logo.png','logo.png','image/png')]:
    out+=rec('response', f'https://bay.example/img/{name}', http(open(f'{ph}/{f}','rb').read(), ct), 'application/http; msgtype=response')
out+=rec('response', 'https://track.example/p.gif', http(open(f'{ph}/pixel.gif','rb').read(),'image/gif'), 'application/http; msgtype=response')
# a second site's crawl copying the ferry photo mirrored with its own pixel
html=f'<html><head><title>Ferry opens</title></head><body><article><h1>Ferry opens</h1><figure><img src="/m.jpg"><figcaption>New terminal. Photo: Coast News</figcaption></figure><p>{st[3][1]}</p></article><img src="/px.gif"></body></html>'
out+=rec('response','https://coast.example/a', http(html.encode(),'text/html'),'application/http; msgtype=response')
out+=rec('response','https://coast.example/m.jpg', http(open(f'{ph}/mirror.jpg','rb').read(),'image/jpeg'),'application/http; msgtype=response')
out+=rec('response','https://coast.example/px.gif', http(open(f'{ph}/pixel.gif','rb').read(),'image/gif'),'application/http; msgtype=response')
open(sys.argv[1],'wb').write(out)
