#!/usr/bin/env python3
"""Writes the twelfth tour's multilingual newsroom corpus (invented stories) to /tmp/audit12/ml (or argv[1]).

Each story has an original and copies a copier might make: the headline and first sentence set in capitals (the
locale's own upper case), the text made ASCII (Turkish and Polish letters without their marks), Greek capitals
without accents. Arabic and Hebrew copies keep the text; one mixed document carries a Turkish and a Greek passage."""
import os, sys, unicodedata

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/audit12/ml"
os.makedirs(out, exist_ok=True)

tr = ("İzmir'de kış ılık geçti",
      "İzmir Büyükşehir Belediyesi, ılık geçen kışın ardından kıyı şeridindeki ağaçların erken çiçek açtığını açıkladı. "
      "Belediye sözcüsü Işıl Yıldırım, sıcaklığın ocak ayında on dört derecenin altına inmediğini söyledi. "
      "Uzmanlar, kısa süren soğuk günlerin balıkçıların işini kolaylaştırdığını, ancak tarım için ısıtma maliyetlerinin "
      "düştüğünü belirtti. Kıyıdaki kafeler de kış boyunca açık kaldı ve ilçe halkı akşam yürüyüşlerini sürdürdü. "
      "Yıldırım, ilkbaharda yağışların artmasını beklediklerini ve ıslak bir nisan ayına hazırlandıklarını ekledi.")
pl = ("Łódzki tramwaj wraca na ulicę Żeromskiego",
      "Tramwaje wrócą na ulicę Żeromskiego w Łodzi po czternastu miesiącach remontu torowiska, poinformował zarząd dróg. "
      "Rzeczniczka Małgorzata Źrebiec powiedziała, że pierwsze składy ruszą w środę o szóstej rano. "
      "Mieszkańcy skarżyli się na hałas i objazdy, ale sklepikarze cieszą się z powrotu pasażerów. "
      "Na przystankach stanęły nowe wiaty, a wzdłuż torów posadzono czterdzieści lip. "
      "Źrebiec dodała, że w przyszłym roku remont obejmie także ulicę Żwirki.")
el = ("Νέα γραμμή πλοίου για τη Σύρο",
      "Νέα ακτοπλοϊκή γραμμή θα συνδέει τον Πειραιά με τη Σύρο από τον Μάιο, ανακοίνωσε η εταιρεία. "
      "Ο εκπρόσωπος Σωτήρης Αλεξίου δήλωσε ότι το πλοίο θα κάνει δύο δρομολόγια την ημέρα. "
      "Οι κάτοικοι του νησιού ζητούσαν εδώ και χρόνια συχνότερη σύνδεση με την πρωτεύουσα. "
      "Τα εισιτήρια θα πωλούνται και στο λιμάνι, ενώ οι φοιτητές θα έχουν έκπτωση. "
      "Ο Αλεξίου πρόσθεσε ότι το καλοκαίρι ίσως προστεθεί και τρίτο δρομολόγιο.")
ar = ("افتتاح مكتبة جديدة في الحي القديم",
      "افتتحت البلدية مكتبة عامة جديدة في الحي القديم بعد عامين من أعمال الترميم، وفق ما أعلنه مدير المكتبة سامر الحداد. "
      "وقال الحداد إن المكتبة تضم أكثر من عشرين ألف كتاب وقاعة للأطفال وأخرى للدراسة. "
      "وأضاف أن المكتبة ستفتح أبوابها كل يوم من الثامنة صباحا حتى التاسعة مساء. "
      "ورحب السكان بالمشروع وقالوا إن الحي كان يفتقر إلى مكان هادئ للقراءة. "
      "وتخطط البلدية لتنظيم ورش كتابة للشباب في الصيف المقبل.")
he = ("גשר הולכי רגל חדש נפתח מעל הנחל",
      "גשר הולכי רגל חדש נפתח השבוע מעל הנחל בצפון העיר, כך הודיעה העירייה. "
      "מהנדסת העיר נועה ברקת אמרה כי הגשר נבנה במשך שמונה חודשים ועלה שלושה מיליון שקלים. "
      "תושבי השכונה ביקשו שנים רבות מעבר בטוח לבית הספר שמעבר לנחל. "
      "לאורך הגשר הותקנו תאורה ומעקות גבוהים, ובקצהו נשתלו עצי זית. "
      "ברקת הוסיפה כי בשנה הבאה ייסלל גם שביל אופניים לאורך הגדה.")

def tr_upper(s):  # Turkish upper case: i → İ, ı → I
    return s.replace("i", "İ").replace("ı", "I").upper()

def ascii_fold(s):
    s = s.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def el_upper(s):  # Greek capitals drop the tonos
    return "".join(c for c in unicodedata.normalize("NFD", s.upper()) if unicodedata.category(c) != "Mn")

def write(name, title, body, date):
    with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(title + "\n\n" + date + "\n\n" + body + "\n")

def caps_lead(body, upper):
    first, rest = body.split(". ", 1)
    return upper(first) + ". " + rest

write("tr-original", *tr, "12 Mart 2026")
write("tr-caps", tr_upper(tr[0]), caps_lead(tr[1], tr_upper), "13 Mart 2026")
write("tr-ascii", ascii_fold(tr[0]), ascii_fold(tr[1]), "13 Mart 2026")
write("pl-original", *pl, "3 marca 2026")
write("pl-ascii", ascii_fold(pl[0]), ascii_fold(pl[1]), "4 marca 2026")
write("el-original", *el, "2026-03-05")
write("el-caps", el_upper(el[0]), caps_lead(el[1], el_upper), "2026-03-06")
write("ar-original", *ar, "2026-03-07")
write("ar-copy", ar[0], ar[1].replace("وفق ما أعلنه", "بحسب ما قاله"), "2026-03-08")
write("he-original", *he, "2026-03-07")
write("he-copy", he[0], he[1], "2026-03-09")
write("mixed", "Press review: a Turkish and a Greek story",
      "Our review quotes two reports. " + tr[1].split(". ")[0] + ". " + tr[1].split(". ")[1] + ". "
      + el[1].split(". ")[0] + ". " + el[1].split(". ")[1] + ". The rest of the review is our own commentary on both.",
      "2026-03-20")
