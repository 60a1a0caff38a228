import unicodedata, os
ns={}; exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'site.py')).read().split("photos =")[0].replace("import os, shutil, sys",""), ns); st=ns['stories']
C='/tmp/audit7/fc/corpus'; Q='/tmp/audit7/fc/claims'
os.makedirs(C, exist_ok=True); os.makedirs(Q, exist_ok=True)
for i,(t,b) in enumerate(st):
    open(f'{C}/en{i}.txt','w').write(t+'\n\n'+b.replace('. ', '.\n\n')+'\n')
# a copy of en0 on another site with an extra paragraph, and a quote
open(f'{C}/copy-en0.txt','w').write("Ferry terminal finally opens\n\nBy Coast News staff\n\n"+st[0][1]+"\n\nLocal traders said they expect more visitors this summer.\n")
de = ("Neue Brücke über die Müritz eröffnet", "Die neue Brücke über die Müritz ist am Montag für den Verkehr freigegeben worden. Der Bürgermeister sprach von einem großen Tag für die Region. Die Baukosten lagen bei 18 Millionen Euro, etwa ein Drittel mehr als geplant. Fußgänger und Radfahrer haben eine eigene Spur auf der Südseite. Anwohner hatten über Jahre über den Lärm der Baustelle geklagt.")
open(f'{C}/de0.txt','w').write(de[0]+'\n\n'+de[1].replace('. ', '.\n\n')+'\n')
open(f'{C}/de-copy.txt','w').write("Müritz-Brücke freigegeben\n\nVon Anna Groß\n\n"+de[1]+"\n\nDie Gemeinde plant ein Fest im Sommer.\n")
claim = "The terminal cost 42 million euros and has a covered waiting hall for 300 passengers."
para = "The new ferry terminal at the north harbour opened on Monday after three years of building work. The mayor cut the ribbon before a crowd of about four hundred residents."
open(f'{Q}/claim.txt','w').write(claim+'\n')
open(f'{Q}/claim-upper.txt','w').write(claim.upper()+'\n')
open(f'{Q}/claim-lower.txt','w').write(claim.lower()+'\n')
open(f'{Q}/para.txt','w').write(para+'\n')
open(f'{Q}/para-upper.txt','w').write(para.upper()+'\n')
open(f'{Q}/para-lower.txt','w').write(para.lower()+'\n')
q2 = "The mayor said it was \u201ca great day\u201d: the terminal cost 42\u00a0million euros and has a covered waiting hall for 300\u00a0passengers."
open(f'{Q}/claim-curly-nbsp.txt','w').write(q2+'\n')
para_nbsp = para.replace(' ', '\u00a0')
open(f'{Q}/para-all-nbsp.txt','w').write(para_nbsp+'\n')
dclaim = "Die Baukosten lagen bei 18 Millionen Euro, etwa ein Drittel mehr als geplant. Fußgänger und Radfahrer haben eine eigene Spur auf der Südseite."
open(f'{Q}/de-nfc.txt','w').write(unicodedata.normalize('NFC', dclaim)+'\n')
open(f'{Q}/de-nfd.txt','w').write(unicodedata.normalize('NFD', dclaim)+'\n')
dfull = unicodedata.normalize('NFD', open(f'{C}/de0.txt').read())
open(f'{Q}/de0-nfd-full.txt','w').write(dfull)
