def brotli_store(data):
    assert 0 < len(data) <= 65536
    bits=[]
    def put(v,n):
        for i in range(n): bits.append((v>>i)&1)
    put(0,1)            # WBITS 16
    put(0,1)            # ISLAST 0
    put(0,2)            # MNIBBLES 4
    put(len(data)-1,16) # MLEN-1
    put(1,1)            # ISUNCOMPRESSED
    while len(bits)%8: bits.append(0)
    out=bytearray()
    for i in range(0,len(bits),8): out.append(sum(b<<j for j,b in enumerate(bits[i:i+8])))
    out+=data
    out.append(0b11)    # ISLAST=1, ISLASTEMPTY=1
    return bytes(out)
