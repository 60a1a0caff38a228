"""The serve probes of the tenth tour: an Arabic, a Hebrew and a Japanese story (made up), posted as NDJSON
(nonlatin.ndjson), and claims cut from them (q-*.json), under /tmp/audit10."""
import os
os.makedirs("/tmp/audit10", exist_ok=True)
os.chdir("/tmp/audit10")
import json
ar = ("افتتحت البلدية يوم الثلاثاء جسرا جديدا للمشاة فوق نهر المدينة بعد أربع سنوات من الأشغال. "
      "وقال رئيس البلدية إن الجسر سيخدم نحو ثمانية آلاف شخص يوميا ويربط السوق القديم بمحطة القطار. "
      "وبلغت تكلفة المشروع اثني عشر مليون دينار، تحملت الحكومة نصفها. "
      "واحتج بعض التجار على إغلاق الطريق خلال فترة البناء، مطالبين بتعويضات عن خسائرهم.\n\n"
      "وأضاف المهندس المسؤول أن الجسر صمم لمقاومة الفيضانات التي ضربت المنطقة مرتين خلال العقد الماضي. "
      "ومن المتوقع أن تفتح مقاه صغيرة على ضفتي النهر خلال الصيف المقبل.")
he = ("עיריית העיר פתחה ביום שלישי גשר הולכי רגל חדש מעל הנהר לאחר ארבע שנות עבודה. "
      "ראש העירייה אמר כי הגשר ישרת כשמונת אלפים איש ביום ויחבר את השוק הישן לתחנת הרכבת. "
      "עלות הפרויקט הגיעה לשנים עשר מיליון שקל, והממשלה מימנה מחציתה.\n\n"
      "סוחרים אחדים מחו על סגירת הכביש בזמן הבנייה ודרשו פיצוי על הפסדיהם.")
ja = ("市は火曜日、四年間の工事を経て、川に架かる新しい歩道橋を開通させた。"
      "市長によると、この橋は一日約八千人が利用し、旧市場と駅を結ぶという。"
      "事業費は一千二百万円で、その半分を国が負担した。\n\n"
      "工事期間中の道路閉鎖に対して一部の商店主が抗議し、損失の補償を求めた。"
      "担当の技師は、過去十年に二度この地域を襲った洪水に耐えるよう橋を設計したと述べた。")
recs=[{"id":"ar-bridge","text":ar,"title":"جسر جديد"},{"id":"he-bridge","text":he},{"id":"ja-bridge","text":ja},
      {"id":"html-laden","text":"<p>Plain news text about a market.</p>"}]
open("nonlatin.ndjson","w").write("".join(json.dumps(r,ensure_ascii=False)+"\n" for r in recs))
json.dump({"text":ar.split("\n\n")[0]}, open("q-ar.json","w"), ensure_ascii=False)
json.dump({"text":he.split("\n\n")[0]}, open("q-he.json","w"), ensure_ascii=False)
json.dump({"text":ja.split("\n\n")[0]}, open("q-ja.json","w"), ensure_ascii=False)
json.dump({"text":ja.split("。")[1]+"。"}, open("q-ja1.json","w"), ensure_ascii=False)
json.dump({"html":"<html><body><article><p>"+ar.split("\n\n")[0]+"</p></article></body></html>"}, open("q-arhtml.json","w"), ensure_ascii=False)
