#!/usr/bin/env python3
"""Make the Kanoscope sample projects metro.kano.json and metro-zh.kano.json.

Both files hold the same Kano survey, "Metro Line 11: passenger services"
(地铁11号线：乘客服务): 14 features along a five-stage passenger journey
(Ticketing, Entering the station, On the train, Arrival and help, Complaints
and follow-up) answered by 120 respondents in three segments (Commuter,
Occasional traveller, Tourist). metro.kano.json is in English and
metro-zh.kano.json in Simplified Chinese, with identical feature ids,
respondent ids and answers.

THE DATA ARE SIMULATED, NOT A REAL SURVEY. For every feature (and, for a few
features, every segment) a target distribution over the Kano categories
A, O, M, I, R, Q is turned into per-segment quotas, the quotas are shuffled
over the respondents, and each category is then expressed as one of the answer
pairs that the standard evaluation table (Berger 1993) maps to it. Self-stated
importance (1..9) is drawn around a level that depends on the category. About 2%
of answer pairs are left unanswered and about 10% of importances are omitted.

The generator is deterministic (fixed seed, standard library only). Run

    python3 make_samples.py

from this folder to rewrite both JSON files. The script then re-reads them,
prints a verification table (counts, category by the "max" rule, Better, Worse,
Fong's test) and asserts the properties the samples are meant to show.
"""

import json
import math
import os
import random
import re
from collections import Counter

SEED = 20240611
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_EN = os.path.join(HERE, "metro.kano.json")
OUT_ZH = os.path.join(HERE, "metro-zh.kano.json")

TITLE = {"en": "Metro Line 11: passenger services", "zh": "地铁11号线：乘客服务"}

# Journey stages (moments of truth), in journey order.
TOUCHPOINTS = [
    ("ticketing", "Ticketing", "购票"),
    ("entering", "Entering the station", "进站"),
    ("on-train", "On the train", "乘车"),
    ("arrival", "Arrival and help", "到站与求助"),
    ("complaints", "Complaints and follow-up", "投诉与回访"),
]
TP_EN = {k: en for k, en, _ in TOUCHPOINTS}
TP_ZH = {k: zh for k, _, zh in TOUCHPOINTS}

# Segments: key, English, Chinese, number of respondents.
SEGMENTS = [
    ("commuter", "Commuter", "通勤乘客", 55),
    ("occasional", "Occasional traveller", "偶尔乘车", 40),
    ("tourist", "Tourist", "游客", 25),
]
SEG_EN = {k: en for k, en, _, _ in SEGMENTS}
SEG_ZH = {k: zh for k, _, zh, _ in SEGMENTS}
N_RESPONDENTS = sum(n for *_, n in SEGMENTS)

CATS = ["A", "O", "M", "I", "R", "Q"]


def dist(a, o, m, i, r, q):
    """Target shares of A, O, M, I, R, Q (they must add up to 1)."""
    d = dict(zip(CATS, (a, o, m, i, r, q)))
    assert abs(sum(d.values()) - 1.0) < 1e-9, d
    return d


# Features in journey order. "dist" is either one distribution for everybody
# or a dict segment -> distribution. "expect" is the category the design aims
# for under the max rule (for the reader; the assertions below check the
# requirements, not these letters).
FEATURES = [
    {
        "id": "contactless-gates", "tp": "ticketing", "expect": "O",
        "en": ("Tap-and-go gates (bank card or phone)",
               "If you could pass the ticket gates by tapping your bank card or phone, how would you feel?",
               "If you could not pass the ticket gates with your bank card or phone, how would you feel?",
               "All 24 stations; phone wallets and contactless bank cards."),
        "zh": ("银行卡/手机闪付过闸",
               "如果可以用银行卡或手机“一碰即过”通过闸机，您感觉如何？",
               "如果不能用银行卡或手机通过闸机，您感觉如何？",
               "全线24座车站；支持手机钱包和银行卡闪付。"),
        "dist": {
            "commuter":   dist(.14, .46, .26, .11, .01, .02),
            "occasional": dist(.26, .40, .14, .17, .01, .02),
            "tourist":    dist(.38, .33, .08, .18, .01, .02),
        },
    },
    {
        "id": "fare-capping", "tp": "ticketing", "expect": "A",
        "en": ("Daily and weekly fare capping",
               "If your fares were capped automatically at the price of a day or week pass, how would you feel?",
               "If your fares were not capped, so that you could pay more than a day or week pass, how would you feel?",
               "Pilot planned together with the city transit card."),
        "zh": ("按日/按周票价封顶",
               "如果一天或一周内的车费累计达到日票或周票价格后自动封顶、不再扣费，您感觉如何？",
               "如果车费不设封顶，累计可能超过日票或周票价格，您感觉如何？",
               "计划与城市交通卡联合试点。"),
        "dist": dist(.44, .20, .06, .25, .02, .03),
    },
    {
        "id": "cash-ticket-machines", "tp": "ticketing", "expect": "I",
        "en": ("Ticket machines that take cash",
               "If the ticket machines accepted cash (notes and coins), how would you feel?",
               "If the ticket machines did not accept cash, how would you feel?",
               "Cash is 4% of ticket sales; withdrawing it is under discussion."),
        "zh": ("可用现金的自动售票机",
               "如果自动售票机可以用现金（纸币和硬币）购票，您感觉如何？",
               "如果自动售票机不收现金，您感觉如何？",
               "现金约占售票额的4%，是否取消正在讨论。"),
        "dist": {
            "commuter":   dist(.04, .04, .16, .60, .13, .03),
            "occasional": dist(.07, .08, .38, .43, .02, .02),
            "tourist":    dist(.08, .12, .48, .28, .02, .02),
        },
    },
    {
        "id": "step-free-access", "tp": "entering", "expect": "M/I",
        "en": ("Step-free access (lift to every platform)",
               "If every station had a working lift from street to platform, how would you feel?",
               "If some stations had no working lift from street to platform, how would you feel?",
               "Interview wheelchair users and parents with prams separately."),
        "zh": ("无障碍电梯直达站台",
               "如果每座车站都有从地面直达站台、正常运行的无障碍电梯，您感觉如何？",
               "如果部分车站没有直达站台的电梯或电梯停用，您感觉如何？",
               "轮椅使用者和推婴儿车的家长另行访谈。"),
        "dist": {
            "commuter":   dist(.09, .14, .32, .40, .02, .03),
            "occasional": dist(.10, .14, .38, .33, .02, .03),
            "tourist":    dist(.11, .14, .42, .28, .02, .03),
        },
    },
    {
        "id": "wayfinding-signage", "tp": "entering", "expect": "M",
        "en": ("Clear wayfinding signs",
               "If the signs to platforms, exits and transfers were clear and easy to follow, how would you feel?",
               "If the signs to platforms, exits and transfers were unclear, how would you feel?",
               ""),
        "zh": ("清晰的导向标识",
               "如果前往站台、出口和换乘通道的导向标识清晰易懂，您感觉如何？",
               "如果前往站台、出口和换乘通道的导向标识不清晰，您感觉如何？",
               ""),
        "dist": dist(.08, .24, .50, .15, .01, .02),
    },
    {
        "id": "realtime-arrival-boards", "tp": "entering", "expect": "O",
        "en": ("Real-time arrival boards",
               "If screens at the entrance and on the platform showed when the next trains really arrive, how would you feel?",
               "If the station had no real-time arrival information, how would you feel?",
               "Screens show the timetable today, not live data."),
        "zh": ("实时到站信息屏",
               "如果进站口和站台的显示屏实时显示下一班车的到站时间，您感觉如何？",
               "如果车站没有实时到站信息，您感觉如何？",
               "目前显示屏只显示时刻表，不是实时数据。"),
        "dist": dist(.25, .45, .16, .11, .01, .02),
    },
    {
        "id": "air-conditioning", "tp": "on-train", "expect": "M",
        "en": ("Working air-conditioning",
               "If the air-conditioning on the train always worked, how would you feel?",
               "If the air-conditioning on the train did not work, how would you feel?",
               "Top complaint topic every summer."),
        "zh": ("车厢空调正常运行",
               "如果车厢空调一直正常运行，您感觉如何？",
               "如果车厢空调不运行或出故障，您感觉如何？",
               "每年夏季投诉最多的问题。"),
        "dist": dist(.03, .28, .56, .10, .01, .02),
    },
    {
        "id": "onboard-wifi", "tp": "on-train", "expect": "A",
        "en": ("Free Wi-Fi on the train",
               "If there were free Wi-Fi on the train, how would you feel?",
               "If there were no Wi-Fi on the train, how would you feel?",
               "Mobile coverage in the tunnels is already good."),
        "zh": ("车厢免费Wi-Fi",
               "如果车厢内提供免费Wi-Fi，您感觉如何？",
               "如果车厢内没有Wi-Fi，您感觉如何？",
               "隧道内手机信号已经较好。"),
        "dist": {
            "commuter":   dist(.36, .26, .05, .29, .02, .02),
            "occasional": dist(.42, .18, .04, .32, .02, .02),
            "tourist":    dist(.52, .24, .06, .14, .02, .02),
        },
    },
    {
        "id": "seat-availability-app", "tp": "on-train", "expect": "A",
        "en": ("Free seats per carriage in the app",
               "If the app showed which carriages of the arriving train have free seats, how would you feel?",
               "If the app did not show how full each carriage is, how would you feel?",
               "Needs load sensors in every carriage."),
        "zh": ("App查看各车厢空座",
               "如果App能显示即将进站的列车哪几节车厢有空座，您感觉如何？",
               "如果App不显示各节车厢的拥挤程度，您感觉如何？",
               "需要在每节车厢加装称重传感器。"),
        "dist": dist(.44, .16, .04, .30, .04, .02),
    },
    {
        "id": "background-music", "tp": "on-train", "expect": "R",
        "en": ("Background music on trains",
               "If background music were played on the train, how would you feel?",
               "If no background music were played on the train, how would you feel?",
               "Proposed by marketing; we expect a Reverse result."),
        "zh": ("车厢背景音乐",
               "如果车厢内播放背景音乐，您感觉如何？",
               "如果车厢内不播放背景音乐，您感觉如何？",
               "市场部提议；预计为反向需求。"),
        "dist": dist(.04, .01, .01, .33, .58, .03),
    },
    {
        "id": "multilingual-announcements", "tp": "arrival", "expect": "I (A for tourists)",
        "en": ("Announcements in several languages",
               "If announcements in stations and on trains were also made in other languages, how would you feel?",
               "If announcements were made in the local language only, how would you feel?",
               "Tourists and commuters are expected to differ."),
        "zh": ("多语种广播",
               "如果车站和车厢广播同时使用多种语言，您感觉如何？",
               "如果广播只使用本地语言，您感觉如何？",
               "预计游客与通勤乘客的看法不同。"),
        "dist": {
            "commuter":   dist(.10, .04, .05, .72, .07, .02),
            "occasional": dist(.22, .08, .08, .58, .02, .02),
            "tourist":    dist(.50, .18, .14, .14, .01, .03),
        },
    },
    {
        "id": "staff-help-point", "tp": "arrival", "expect": "M",
        "en": ("Staffed help point at every station",
               "If every station had a help point staffed until the last train, how would you feel?",
               "If there were no staff to ask for help at the station, how would you feel?",
               ""),
        "zh": ("每站设人工服务台",
               "如果每座车站都设有人工服务台，并有工作人员值守到末班车，您感觉如何？",
               "如果在车站找不到工作人员求助，您感觉如何？",
               ""),
        "dist": dist(.06, .26, .46, .19, .01, .02),
    },
    {
        "id": "complaint-reply-24h", "tp": "complaints", "expect": "O",
        "en": ("Reply to complaints within 24 hours",
               "If you received a personal reply to a complaint within 24 hours, how would you feel?",
               "If a reply to your complaint took longer than 24 hours, how would you feel?",
               "Median reply time today: 5 days."),
        "zh": ("投诉24小时内答复",
               "如果投诉后24小时内就收到专人答复，您感觉如何？",
               "如果投诉后超过24小时仍未收到答复，您感觉如何？",
               "目前答复时间中位数为5天。"),
        "dist": dist(.22, .44, .17, .14, .01, .02),
    },
    {
        "id": "delay-compensation", "tp": "complaints", "expect": "A/O",
        "en": ("Automatic refund for delays",
               "If you were refunded automatically when your journey was delayed by 15 minutes or more, how would you feel?",
               "If you had to claim a refund for a delay yourself, how would you feel?",
               "Only for contactless and transit-card journeys."),
        "zh": ("延误自动退款",
               "如果行程延误15分钟以上时，车费自动退还，您感觉如何？",
               "如果延误后需要自己申请退款，您感觉如何？",
               "仅适用于闪付和交通卡行程。"),
        "dist": dist(.37, .34, .09, .16, .02, .02),
    },
]

# The standard evaluation table (rows functional, columns dysfunctional).
ANSWERS = ["like", "must-be", "neutral", "live-with", "dislike"]
_TABLE_ROWS = {
    "like":      "Q A A A O",
    "must-be":   "R I I I M",
    "neutral":   "R I I I M",
    "live-with": "R I I I M",
    "dislike":   "R R R R Q",
}
STANDARD = {
    (f, d): cat
    for f, row in _TABLE_ROWS.items()
    for d, cat in zip(ANSWERS, row.split())
}

# Which answer pair expresses a category, with weights (all map to that
# category in the standard table; checked below).
PAIRS = {
    "A": [(("like", "neutral"), 45), (("like", "live-with"), 35), (("like", "must-be"), 20)],
    "O": [(("like", "dislike"), 1)],
    "M": [(("must-be", "dislike"), 45), (("neutral", "dislike"), 35), (("live-with", "dislike"), 20)],
    "I": [(("neutral", "neutral"), 34), (("neutral", "live-with"), 18), (("must-be", "neutral"), 10),
          (("must-be", "live-with"), 10), (("live-with", "live-with"), 9), (("neutral", "must-be"), 7),
          (("live-with", "neutral"), 6), (("must-be", "must-be"), 4), (("live-with", "must-be"), 2)],
    "R": [(("dislike", "like"), 30), (("dislike", "neutral"), 22), (("neutral", "like"), 18),
          (("live-with", "like"), 12), (("dislike", "live-with"), 10), (("must-be", "like"), 5),
          (("dislike", "must-be"), 3)],
    "Q": [(("like", "like"), 55), (("dislike", "dislike"), 45)],
}
for _cat, _pairs in PAIRS.items():
    for _pair, _w in _pairs:
        assert STANDARD[_pair] == _cat, (_pair, _cat)

# Mean self-stated importance by category, before respondent and noise terms.
IMPORTANCE_LEVEL = {"M": 7.6, "O": 7.1, "A": 5.6, "I": 3.6, "R": 2.9, "Q": 5.0}

P_SKIP_FEATURE = 0.012     # feature key missing altogether
P_SKIP_ONE_SIDE = 0.008    # only one side of the pair given
P_NO_IMPORTANCE = 0.10     # importance omitted


# ---------------------------------------------------------------- generation

def quotas(d, size):
    """Largest-remainder rounding of shares d to whole counts adding up to size."""
    raw = {c: d[c] * size for c in CATS}
    counts = {c: int(math.floor(raw[c])) for c in CATS}
    rest = size - sum(counts.values())
    for c in sorted(CATS, key=lambda c: (-(raw[c] - counts[c]), CATS.index(c)))[:rest]:
        counts[c] += 1
    return counts


def weighted(rng, items):
    values = [v for v, _ in items]
    weights = [w for _, w in items]
    return rng.choices(values, weights=weights, k=1)[0]


def generate():
    rng = random.Random(SEED)

    # Respondents and their segments (shuffled so segments are interleaved).
    seg_of = [key for key, _, _, n in SEGMENTS for _ in range(n)]
    rng.shuffle(seg_of)
    ids = ["r-%04d" % (i + 1) for i in range(N_RESPONDENTS)]
    members = {key: [i for i in range(N_RESPONDENTS) if seg_of[i] == key] for key, *_ in SEGMENTS}

    # Some people rate everything higher or lower than others.
    offset = [rng.gauss(0.0, 0.8) for _ in range(N_RESPONDENTS)]

    answers = [dict() for _ in range(N_RESPONDENTS)]
    for feat in FEATURES:
        # Category of every respondent for this feature, from per-segment quotas.
        cat_of = [None] * N_RESPONDENTS
        for key, *_ in SEGMENTS:
            d = feat["dist"] if set(feat["dist"]) == set(CATS) else feat["dist"][key]
            q = quotas(d, len(members[key]))
            bag = [c for c in CATS for _ in range(q[c])]
            rng.shuffle(bag)
            for i, c in zip(members[key], bag):
                cat_of[i] = c
        for i in range(N_RESPONDENTS):
            cat = cat_of[i]
            f, dys = weighted(rng, PAIRS[cat])
            imp = IMPORTANCE_LEVEL[cat] + offset[i] + rng.gauss(0.0, 1.1)
            imp = max(1, min(9, int(round(imp))))
            u = rng.random()
            if u < P_SKIP_FEATURE:
                continue  # not answered at all
            pair = {"functional": f, "dysfunctional": dys, "importance": imp}
            if u < P_SKIP_FEATURE + P_SKIP_ONE_SIDE:
                del pair[rng.choice(["functional", "dysfunctional"])]
            if rng.random() < P_NO_IMPORTANCE:
                del pair["importance"]
            answers[i][feat["id"]] = pair

    respondents = [{"id": ids[i], "segment": seg_of[i], "answers": answers[i]} for i in range(N_RESPONDENTS)]
    return respondents


def project(lang, respondents):
    seg_name = SEG_EN if lang == "en" else SEG_ZH
    tp_name = TP_EN if lang == "en" else TP_ZH
    feats = []
    for feat in FEATURES:
        name, fq, dq, notes = feat[lang]
        feats.append({
            "id": feat["id"], "name": name, "functional": fq, "dysfunctional": dq,
            "touchpoint": tp_name[feat["tp"]], "notes": notes,
        })
    out = {
        "format": "kanoscope-project",
        "version": 1,
        "title": TITLE[lang],
        "analysis": {"table": "standard", "rule": "max", "quadrant": "fixed"},
    }
    if lang != "en":
        # The survey screens speak the sample's language (English is the default).
        out["survey"] = {"order": "fixed", "layout": "pair", "importance": False, "language": lang}
    return out | {
        "features": feats,
        "respondents": [
            {"id": r["id"], "segment": seg_name[r["segment"]], "answers": r["answers"]}
            for r in respondents
        ],
    }


# ------------------------------------------------------------------- writing

def _inline(value):
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def to_json(value, level=0, key=None, parent_key=None):
    """Pretty JSON with 2-space indent; answer pairs and "analysis" on one line."""
    pad = "  " * level
    if key == "survey":
        # As Kanoscope writes it: serde_json's compact form.
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if key == "analysis" or parent_key == "answers" or not isinstance(value, (dict, list)):
        return _inline(value)
    if not value:
        return "{}" if isinstance(value, dict) else "[]"
    inner = "  " * (level + 1)
    if isinstance(value, dict):
        items = [
            inner + json.dumps(k, ensure_ascii=False) + ": " + to_json(v, level + 1, k, key)
            for k, v in value.items()
        ]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    items = [inner + to_json(v, level + 1, None, key) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + pad + "]"


def write(path, obj):
    text = to_json(obj) + "\n"
    assert json.loads(text) == obj
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


# -------------------------------------------------------------- verification

PRIORITY = ["M", "O", "A", "I", "R", "Q"]


def analyse(features, respondents, segment=None):
    rows = []
    for feat in features:
        counts = Counter({c: 0 for c in CATS})
        for r in respondents:
            if segment is not None and r.get("segment") != segment:
                continue
            pair = r["answers"].get(feat["id"])
            if pair and "functional" in pair and "dysfunctional" in pair:
                counts[STANDARD[(pair["functional"], pair["dysfunctional"])]] += 1
        n = sum(counts.values())
        cat = None
        if n:
            top = max(counts[c] for c in CATS)
            cat = next(c for c in PRIORITY if counts[c] == top)
        aomi = counts["A"] + counts["O"] + counts["M"] + counts["I"]
        better = (counts["A"] + counts["O"]) / aomi if aomi else None
        worse = -(counts["O"] + counts["M"]) / aomi if aomi else None
        a, b = sorted((counts[c] for c in "AOMIR"), reverse=True)[:2]
        crit = 1.65 * math.sqrt((a + b) * (2 * n - a - b) / (2 * n)) if n else None
        rows.append({
            "id": feat["id"], "counts": counts, "n": n, "category": cat,
            "better": better, "worse": worse, "a": a, "b": b,
            "critical": crit, "significant": (abs(a - b) >= crit) if n else None,
            "mixed": bool(n) and (a - b) < 0.06 * n and abs(a - b) < crit,
        })
    return rows


def verify():
    with open(OUT_EN, encoding="utf-8") as fh:
        en = json.load(fh)
    with open(OUT_ZH, encoding="utf-8") as fh:
        zh = json.load(fh)

    # Structure common to both files.
    for doc in (en, zh):
        assert doc["format"] == "kanoscope-project" and doc["version"] == 1
        assert doc["analysis"] == {"table": "standard", "rule": "max", "quadrant": "fixed"}
        assert len(doc["features"]) == 14
        for f in doc["features"]:
            assert list(f) == ["id", "name", "functional", "dysfunctional", "touchpoint", "notes"], f
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", f["id"]), f["id"]
        assert len({f["id"] for f in doc["features"]}) == 14
        assert len(doc["respondents"]) == N_RESPONDENTS
        assert [r["id"] for r in doc["respondents"]] == ["r-%04d" % i for i in range(1, N_RESPONDENTS + 1)]
        fids = [f["id"] for f in doc["features"]]
        for r in doc["respondents"]:
            assert list(r["answers"]) == [k for k in fids if k in r["answers"]]  # file order
            for pair in r["answers"].values():
                assert pair, r["id"]
                keys = list(pair)
                assert keys == [k for k in ("functional", "dysfunctional", "importance") if k in pair]
                for side in ("functional", "dysfunctional"):
                    assert side not in pair or pair[side] in ANSWERS
                assert "importance" not in pair or (type(pair["importance"]) is int and 1 <= pair["importance"] <= 9)

    # Touchpoints: 5, in journey order, 2..4 features each.
    for doc, names in ((en, TP_EN), (zh, TP_ZH)):
        order = [names[k] for k, *_ in TOUCHPOINTS]
        seq = [f["touchpoint"] for f in doc["features"]]
        assert sorted(seq, key=order.index) == seq, "features not in journey order"
        per = Counter(seq)
        assert set(per) == set(order) and all(2 <= per[t] <= 4 for t in order), per
    assert [tp for _, _, tp in TOUCHPOINTS] == ["购票", "进站", "乘车", "到站与求助", "投诉与回访"]

    # Segments.
    assert Counter(r["segment"] for r in en["respondents"]) == {"Commuter": 55, "Occasional traveller": 40, "Tourist": 25}
    assert Counter(r["segment"] for r in zh["respondents"]) == {"通勤乘客": 55, "偶尔乘车": 40, "游客": 25}

    # The Chinese file is the same survey.
    en_to_zh = {SEG_EN[k]: SEG_ZH[k] for k in SEG_EN}
    assert [f["id"] for f in en["features"]] == [f["id"] for f in zh["features"]]
    for re_, rz in zip(en["respondents"], zh["respondents"]):
        assert re_["id"] == rz["id"] and en_to_zh[re_["segment"]] == rz["segment"]
        assert re_["answers"] == rz["answers"]
    cjk = re.compile(r"[\u4e00-\u9fff]")
    assert cjk.search(zh["title"])
    for f in zh["features"]:
        for k in ("name", "functional", "dysfunctional", "touchpoint"):
            assert cjk.search(f[k]), (f["id"], k)
        assert not f["notes"] or cjk.search(f["notes"])
    for fe, fz in zip(en["features"], zh["features"]):
        assert bool(fe["notes"]) == bool(fz["notes"]), fe["id"]

    # The analysis (English file; answers are identical in the Chinese one).
    rows = analyse(en["features"], en["respondents"])
    names = {f["id"]: f["name"] for f in en["features"]}
    print("Metro Line 11 sample: standard table, max rule (n = answered both questions)")
    print("%-27s %3s %3s %3s %3s %3s %3s %4s %3s %7s %7s  %-22s" %
          ("feature", "A", "O", "M", "I", "R", "Q", "n", "cat", "Better", "Worse", "Fong (|a-b| vs crit)"))
    for row in rows:
        c = row["counts"]
        fong = "%s %2d vs %4.1f" % ("sig. " if row["significant"] else "n.s.", row["a"] - row["b"], row["critical"])
        print("%-27s %3d %3d %3d %3d %3d %3d %4d %3s %7.3f %7.3f  %-22s%s" %
              (row["id"], c["A"], c["O"], c["M"], c["I"], c["R"], c["Q"], row["n"], row["category"],
               row["better"], row["worse"], fong, "  mixed" if row["mixed"] else ""))

    cats = Counter(row["category"] for row in rows)
    print()
    print("categories:", ", ".join("%s %d" % (c, cats[c]) for c in CATS))
    assert cats["M"] >= 3 and cats["O"] >= 3 and cats["A"] >= 3 and cats["I"] >= 2 and cats["R"] >= 1, cats
    assert cats["Q"] == 0
    mixed = [row["id"] for row in rows if row["mixed"]]
    print("mixed (top two differ by < 6% of n, Fong n.s.):", ", ".join(mixed))
    assert len(mixed) >= 2, mixed

    # Per segment.
    seg_rows = {s: analyse(en["features"], en["respondents"], s) for s in SEG_EN.values()}
    print()
    print("%-27s %-8s %-8s %-8s" % ("category by segment", "Commuter", "Occas.", "Tourist"))
    differing = []
    for k, feat in enumerate(en["features"]):
        by = [seg_rows[s][k]["category"] for s in SEG_EN.values()]
        if len(set(by)) > 1:
            differing.append(feat["id"])
        print("%-27s %-8s %-8s %-8s%s" % (feat["id"], *by, "  differs" if len(set(by)) > 1 else ""))
    assert differing, "no feature differs by segment"
    ml = [seg_rows[s][[f["id"] for f in en["features"]].index("multilingual-announcements")]["category"]
          for s in ("Commuter", "Tourist")]
    assert ml == ["I", "A"], ml

    # Q answers, unanswered pairs, omitted importance, importance vs category.
    n_pairs = len(en["features"]) * N_RESPONDENTS
    total = Counter()
    for row in rows:
        total.update(row["counts"])
    answered = sum(total.values())
    q_share = total["Q"] / answered
    unanswered = n_pairs - answered
    entries = [p for r in en["respondents"] for p in r["answers"].values()]
    no_imp = sum(1 for p in entries if "importance" not in p)
    one_side = sum(1 for p in entries if not ("functional" in p and "dysfunctional" in p))
    q_features = sum(1 for row in rows if row["counts"]["Q"] > 0)
    print()
    print("answer pairs: %d of %d answered; unanswered %d (%.1f%%: %d feature keys missing, %d one side only)" %
          (answered, n_pairs, unanswered, 100.0 * unanswered / n_pairs, n_pairs - len(entries), one_side))
    print("Q pairs: %d (%.1f%% of answered, in %d features)" % (total["Q"], 100 * q_share, q_features))
    print("importance omitted: %d of %d answer entries (%.1f%%)" % (no_imp, len(entries), 100.0 * no_imp / len(entries)))
    assert 0.01 <= q_share <= 0.04 and q_features >= 8
    assert 0.01 <= unanswered / n_pairs <= 0.03 and one_side > 0 and n_pairs - len(entries) > 0
    assert 0.07 <= no_imp / len(entries) <= 0.13

    imp_by_cat = {c: [] for c in CATS}
    for r in en["respondents"]:
        for p in r["answers"].values():
            if "functional" in p and "dysfunctional" in p and "importance" in p:
                imp_by_cat[STANDARD[(p["functional"], p["dysfunctional"])]].append(p["importance"])
    mean = {c: sum(v) / len(v) for c, v in imp_by_cat.items() if v}
    print("mean importance by pair category:", ", ".join("%s %.2f" % (c, mean[c]) for c in CATS if c in mean))
    assert min(mean["M"], mean["O"]) > mean["A"] > max(mean["I"], mean["R"])
    print()
    print("all checks passed")


def main():
    respondents = generate()
    write(OUT_EN, project("en", respondents))
    write(OUT_ZH, project("zh", respondents))
    print("wrote %s and %s" % (os.path.basename(OUT_EN), os.path.basename(OUT_ZH)))
    print()
    verify()


if __name__ == "__main__":
    main()
