#!/usr/bin/env python3
"""Writes the import test fixtures in this folder: small, made-up survey exports in the shapes
of Google Forms, SurveyMonkey, Qualtrics, Wenjuanxing (问卷星, GB18030), Tencent (腾讯问卷,
UTF-8 with BOM), semicolon/tab separated files, an .xlsx, and broken files.

Run it from anywhere: python3 tests/data/import/make_fixtures.py. The output is committed; the
tests only read it. Only the standard library is used (the .xlsx is written with zipfile).
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, text, encoding="utf-8", bom=False):
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# Google Forms: a timestamp and e-mail first, English wordings, a curly apostrophe, labelled
# importance, a "(functional)" pair, an unanswered pair, a comment with a comma.
write("google_forms.csv", """Timestamp,Email address,Which best describes you?,wifi_functional,wifi_dysfunctional,wifi_importance,Seats (functional),Seats (dysfunctional),Any comments?
2024/03/01 9:15:02 AM GMT+8,ana@example.com,Commuter,I like it,I dislike it,7 - Very important,I expect it,I dislike it,"Great, thanks"
2024/03/01 9:20:41 AM GMT+8,bo@example.com,Commuter,I like it,I am neutral,9 - Extremely important,I’m neutral,I dislike it,
2024/03/01 10:02:13 AM GMT+8,chen@example.com,Tourist,I like it,I can live with it,5 - Important,I am neutral,I’m neutral,
2024/03/01 10:30:00 AM GMT+8,dara@example.com,Tourist,I am neutral,I am neutral,,I like it,I dislike it,
2024/03/01 11:11:11 AM GMT+8,eli@example.com,Commuter,I like it,I dislike it,8,,,
2024/03/01 12:00:59 PM GMT+8,fay@example.com,Tourist,I dislike it,I like it,3 - Somewhat important,I expect it,I dislike it,no
""")

# SurveyMonkey: two header rows ("Response", option labels, "Open-Ended Response").
write("surveymonkey.csv", """Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,Custom Data 1,How do you travel?,Which lines do you use?,,wifi_functional,wifi_dysfunctional,wifi_importance,Comments
,,,,,,,,,Response,Line 1,Line 2,Response,Response,Response,Open-Ended Response
114000001,400001,03/01/2024 09:01:02,03/01/2024 09:05:10,,,,,,Commuter,Line 1,,I like it,I dislike it,7,
114000002,400001,03/01/2024 09:11:02,03/01/2024 09:15:10,,,,,,Tourist,,Line 2,I expect it,I dislike it,9,"Wi-Fi dropped, twice"
114000003,400001,03/01/2024 09:21:02,03/01/2024 09:25:10,,,,,,Commuter,Line 1,Line 2,I am neutral,I am neutral,5,
114000004,400001,03/01/2024 09:31:02,03/01/2024 09:35:10,,,,,,Tourist,,,I like it,I am neutral,8,
""")

# Qualtrics: short names, question texts, ImportId row; answers as codes 1..5; -f/-d/-i names.
write("qualtrics_codes.csv", """StartDate,EndDate,Status,Progress,Finished,ResponseId,wifi-f,wifi-d,wifi-i,seats-F,seats-D
Start Date,End Date,Response Type,Progress,Finished,Response ID,"If the train had free Wi-Fi, how would you feel?","If the train had no Wi-Fi, how would you feel?",How important is Wi-Fi to you?,"If the seats were comfortable, how would you feel?","If the seats were not comfortable, how would you feel?"
"{""ImportId"":""startDate"",""timeZone"":""America/Denver""}","{""ImportId"":""endDate"",""timeZone"":""America/Denver""}","{""ImportId"":""status""}","{""ImportId"":""progress""}","{""ImportId"":""finished""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2""}","{""ImportId"":""QID3""}","{""ImportId"":""QID4""}","{""ImportId"":""QID5""}"
2024-03-01 09:00:00,2024-03-01 09:04:00,0,100,1,R_1a,1,5,7,2,5
2024-03-01 09:10:00,2024-03-01 09:14:00,0,100,1,R_2b,1,3,6,3,3
2024-03-01 09:20:00,2024-03-01 09:24:00,0,100,1,R_3c,1,4,9,1,5
2024-03-01 09:30:00,2024-03-01 09:34:00,0,100,1,R_4d,5,1,2,2,5
2024-03-01 09:40:00,2024-03-01 09:44:00,0,100,1,R_5e,3,3,,2,4
""")

# 问卷星 (Wenjuanxing): Chinese wordings, Chinese role words, GB18030 (an emoji needs its
# four-byte sequences, which plain GBK lacks).
write("wenjuanxing_gb18030.csv", """序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、您的身份,车厢WiFi（正向）,车厢WiFi（反向）,车厢WiFi（重要度）,座椅_正向,座椅_反向,备注
1,2024/3/1 9:00:01,65秒,手机提交,直接访问,1.2.3.4(北京-北京),上班族,我很喜欢,我很不喜欢,7,理所当然,很不喜欢,很好😀
2,2024/3/1 9:05:12,80秒,手机提交,微信,1.2.3.5(上海-上海),学生,非常喜欢,无所谓,9,理应如此,感到不满,
3,2024/3/1 9:10:40,42秒,链接,直接访问,1.2.3.6(广东-广州),上班族,无所谓,一般,5,一般,能忍受,
4,2024/3/1 9:20:03,77秒,手机提交,微信,1.2.3.7(四川-成都),学生,喜欢,勉强接受,8,符合预期,不喜欢,
""", encoding="gb18030")

# 腾讯问卷 (Tencent): UTF-8 with BOM, Chinese wordings, Chinese feature id, "7分" importance.
write("tencent_bom.csv", """编号,开始答题时间,结束答题时间,用户类型,座椅_functional,座椅_dysfunctional,座椅_importance
t1,2024-03-01 09:00:00,2024-03-01 09:03:00,会员,非常喜欢,感到不满,7分
t2,2024-03-01 09:10:00,2024-03-01 09:13:00,访客,感到满意,可以忍受,6
t3,2024-03-01 09:20:00,2024-03-01 09:23:00,会员,理所当然,不喜欢,9
t4,2024-03-01 09:30:00,2024-03-01 09:33:00,访客,非常喜欢,不喜欢,3
t5,2024-03-01 09:40:00,2024-03-01 09:43:00,会员,能忍受,我很喜欢,2
""", bom=True)

# European Excel: semicolons, and a semicolon inside a quoted note.
write("semicolon.csv", """id;group;wifi_functional;wifi_dysfunctional;note
e1;A;I like it;I dislike it;"ça va; merci"
e2;B;I expect it;I dislike it;
e3;A;I like it;I am neutral;
""")

# Tab separated, "<id> functional" names, CRLF line ends.
write("tab.tsv", "id\tgroup\twifi functional\twifi dysfunctional\twifi importance\r\n"
      "x1\tA\tI like it\tI dislike it\t6\r\n"
      "x2\tB\tI like it\tI am neutral\t4\r\n")

# Quoted newlines in a comment column and in a header.
write("quoted_newlines.csv", """id,"Tell us
more",wifi_functional,wifi_dysfunctional
q1,"first line
second line
third line",I like it,I dislike it
q2,plain,I expect it,I dislike it
q3,"one
two",I am neutral,I am neutral
""")

# Berger's wording sets with curly apostrophes, as real exports have them.
write("curly_quotes.csv", """id,wifi_functional,wifi_dysfunctional
c1,I enjoy it that way,"I dislike it, and I can’t accept it"
c2,It is a basic necessity or I expect it that way,"I dislike it, and I can’t accept it"
c3,I’m neutral,"I dislike it, but I can live with it that way"
c4,This would be very helpful to me,This would not affect me
c5,I’m neutral,I’m neutral
""")

# Broken: an unknown wording in row 4 (row 2 spans three lines), column D.
write("unknown_wording.csv", """id,comment,wifi_functional,wifi_dysfunctional
u1,"two
lines",I like it,I dislike it
u2,,I like it,I am neutral
u3,,I like it,I love it
""")

# Broken: seats_functional without seats_dysfunctional.
write("unpaired.csv", """id,wifi_functional,wifi_dysfunctional,seats_functional
p1,I like it,I dislike it,I like it
""")

# Broken: the id a1 twice.
write("duplicate_ids.csv", """id,wifi_functional,wifi_dysfunctional
a1,I like it,I dislike it
a2,I like it,I am neutral
a1,I expect it,I dislike it
""")

# Broken: nothing at all.
write("empty.csv", "")

# For the import dialog: headers that are whole question texts, following no naming convention;
# one pair asks about absence first. Respondent ids and a city to segment by.
write("question_texts.csv", """Respondent,City,"If the app had offline maps, how would you feel?","If the app did not have offline maps, how would you feel?",How important are offline maps to you?,"If the app did not show live arrivals, how would you feel?","If the app showed live arrivals, how would you feel?"
k1,Leeds,I like it,I dislike it,8,I dislike it,I expect it
k2,York,I like it,I am neutral,6,I dislike it,I like it
k3,Leeds,I am neutral,I am neutral,3,I can live with it,I expect it
k4,York,I expect it,I dislike it,9,I dislike it,I expect it
""")

# For the import dialog: texts no platform writes, to be mapped by hand.
write("unknown_texts.csv", """id,wifi_functional,wifi_dysfunctional
n1,Love it,Hate it
n2,I like it,Hate it
n3,Love it,I am neutral
""")

# For the import dialog: answers as bare codes 1..5, with nothing to tell their order.
write("numeric_codes.csv", """id,wifi_functional,wifi_dysfunctional
c1,1,5
c2,2,5
c3,1,3
""")

# For the import dialog: more answers for the sample metro project; r-0001 is already in it.
write("metro_more.csv", """respondent_id,segment,onboard-wifi_functional,onboard-wifi_dysfunctional,air-conditioning_functional,air-conditioning_dysfunctional
r-0001,Commuter,I like it,I dislike it,I expect it,I dislike it
r-0501,Tourist,I like it,I am neutral,I expect it,I dislike it
r-0502,Tourist,I am neutral,I am neutral,I like it,I dislike it
""")


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet_xml(rows, first_row, first_col):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, cells in enumerate(rows):
        rn = first_row + r
        out.append('<row r="%d">' % rn)
        for c, value in enumerate(cells):
            ref = "%s%d" % (col(first_col + c), rn)
            if value is None:
                continue
            if isinstance(value, (int, float)):
                out.append('<c r="%s"><v>%s</v></c>' % (ref, value))
            else:
                out.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(value)))
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out)


def write_xlsx(name, sheets):
    ns = "http://schemas.openxmlformats.org"
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as archive:
        class Fixed:
            """Writes every member with one fixed date, so the file is the same on every run."""
            @staticmethod
            def writestr(member, text):
                info = zipfile.ZipInfo(member, date_time=(2024, 3, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, text)
        z = Fixed
        overrides = "".join(
            '<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1)
            for i in range(len(sheets)))
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="%s/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '%s</Types>' % (ns, overrides))
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="%s/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="%s/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>' % (ns, ns))
        sheet_list = "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(n), i + 1, i + 1)
                             for i, (n, _, _, _) in enumerate(sheets))
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<workbook xmlns="%s/spreadsheetml/2006/main" xmlns:r="%s/officeDocument/2006/relationships">'
                   '<sheets>%s</sheets></workbook>' % (ns, ns, sheet_list))
        rels = "".join('<Relationship Id="rId%d" Type="%s/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, ns, i + 1)
                       for i in range(len(sheets)))
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="%s/package/2006/relationships">%s</Relationships>' % (ns, rels))
        for i, (_, rows, first_row, first_col) in enumerate(sheets):
            z.writestr("xl/worksheets/sheet%d.xml" % (i + 1), sheet_xml(rows, first_row, first_col))


HEADER = ["id", "group", "wifi_functional", "wifi_dysfunctional", "wifi_importance"]
# Both sheets start at B2: rows and columns in messages must count from A1.
write_xlsx("survey.xlsx", [
    ("Responses", [HEADER,
                   ["s1", "A", "I like it", "I dislike it", 7],
                   ["s2", "B", "I like it", "I am neutral", 9],
                   ["s3", "A", "I expect it", "I dislike it", 4],
                   ["s4", "B", "I like it", "I dislike it", None]], 2, 1),
    ("Wave 2", [HEADER,
                ["w1", "A", "I like it", "I dislike it", 7],
                ["w2", "B", "I like it", "I love it", 7]], 2, 1),
])
