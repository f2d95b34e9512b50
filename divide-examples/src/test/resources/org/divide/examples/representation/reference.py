#!/usr/bin/env python3
"""Independent reference figures for `divide representation` (pandas only, no code of divide).

Reads the embedded copies of the data (divide-examples/src/main/resources/org/divide/examples/data/language/
and the World Bank FY2026 classification of divide-core) and writes reference.csv beside this script:
one row per (crawl, counting, figure, key) with the value. Run from the repository root:

    python3 divide-examples/src/test/resources/org/divide/examples/representation/reference.py

Method (as docs/representation.md states it):
- crawl codes map to CLDR codes by languageAlias entries of reason overlong, bibliographic or
  macrolanguage; other codes are used as they are; '<unknown>' is kept apart;
- speakers of a language = sum over territories of population x populationPercent / 100; a script
  variant (zh_Hant) counts for its base language (zh) in a territory that does not list the base
  language itself, and is left out where it does; counting 'once' scales each territory's
  percentages down so that they sum to at most 100;
- the languages compared are those with pages and speakers; shares are taken over them;
- pages of a language are split over territories in proportion to its speakers there; territories
  join the World Bank classification by ISO alpha-2; Gini and Theil T across economies of pages per
  person, weighted by CLDR population.
"""
import json
import math
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, *[os.pardir] * 8))
DATA = os.path.join(ROOT, "divide-examples/src/main/resources/org/divide/examples/data/language")
CLASS = os.path.join(ROOT, "divide-core/src/main/resources/org/divide/core/economies/wb_class_fy2026.csv")
APPLIED = {"overlong", "bibliographic", "macrolanguage"}


def speakers_table(once):
    info = json.load(open(os.path.join(DATA, "cldr_territoryInfo.json"), encoding="utf-8"))
    rows = []
    for terr, t in info["supplemental"]["territoryInfo"].items():
        if "_population" not in t:
            continue
        pop = float(t["_population"])
        langs = t.get("languagePopulation", {})
        pct = {}
        for code, v in langs.items():
            base = code.split("_")[0]
            if "_" in code and base in langs:
                continue
            pct[base] = pct.get(base, 0.0) + float(v["_populationPercent"])
        total = sum(pct.values())
        scale = 100.0 / total if once and total > 100 else 1.0
        for code, p in pct.items():
            rows.append((terr, pop, code, pop * p * scale / 100.0))
    return pd.DataFrame(rows, columns=["territory", "population", "language", "speakers"])


def crawl_table():
    cc = pd.read_csv(os.path.join(DATA, "commoncrawl_languages_selected_crawls.csv"), keep_default_na=False)
    alias = json.load(open(os.path.join(DATA, "cldr_aliases.json"), encoding="utf-8"))
    la = alias["supplemental"]["metadata"]["alias"]["languageAlias"]
    def cldr(code):
        a = la.get(code)
        return a["_replacement"] if a is not None and a["_reason"] in APPLIED else code
    cc = cc[cc["primary_language"] != "<unknown>"].copy()
    cc["language"] = cc["primary_language"].map(cldr)
    return cc.groupby(["crawl", "language"], as_index=False)["pages"].sum()


def gini(x, w):
    """Weighted Gini: sum_i sum_j w_i w_j |x_i - x_j| / (2 W^2 mu)."""
    x = pd.Series(x).to_numpy(float)
    w = pd.Series(w).to_numpy(float)
    W = w.sum()
    mu = (w * x).sum() / W
    d = abs(x[:, None] - x[None, :])
    return (w[:, None] * w[None, :] * d).sum() / (2 * W * W * mu)


def theil(x, w):
    x = pd.Series(x).to_numpy(float)
    w = pd.Series(w).to_numpy(float)
    mu = (w * x).sum() / w.sum()
    r = x / mu
    return (w * sum_term(r)).sum() / w.sum()


def sum_term(r):
    return pd.Series(r).map(lambda v: 0.0 if v == 0 else v * math.log(v)).to_numpy(float)


def main():
    out = []
    classification = pd.read_csv(CLASS, comment="#", keep_default_na=False)
    classification = classification[(classification["is_aggregate"] == 0) & (classification["iso2"] != "")]
    pages_all = crawl_table()
    crawls = sorted(pages_all["crawl"].unique())
    for once in (False, True):
        counting = "once" if once else "all"
        sp = speakers_table(once)
        per_language = sp.groupby("language")["speakers"].sum()
        previous = None
        for crawl in crawls:
            pages = pages_all[pages_all["crawl"] == crawl].set_index("language")["pages"]
            common = sorted(set(pages.index) & set(per_language[per_language > 0].index))
            p = pages[common] / pages[common].sum()
            q = per_language[common] / per_language[common].sum()
            def put(figure, key, value):
                out.append((crawl, counting, figure, key, value))
            put("languages", "", len(common))
            put("dissimilarity", "", 0.5 * (p - q).abs().sum())
            put("kl", "", (p * (p / q).map(math.log)).sum())
            ratio = p / q
            for lang in ("en", "hi", "sw", "bn", "zh"):
                put("web_share", lang, p[lang])
                put("speaker_share", lang, q[lang])
                put("ratio", lang, ratio[lang])
            # language Lorenz curve: pages per speaker weighted by speakers
            put("gini_languages", "", gini(pages[common] / per_language[common], per_language[common]))
            for x in (0.001, 0.01):
                put("speakers_below", str(x), q[p < x].sum())
            if previous is not None:
                pp, name = previous
                put("change_dissimilarity", name, 0.5 * (p - q).abs().sum() - 0.5 * (pp - q).abs().sum())
            previous = (p, crawl)
            # economies
            s = sp[sp["language"].isin(common)].copy()
            s["pages"] = s["speakers"] / s["language"].map(per_language) * s["language"].map(pages)
            terr = s.groupby("territory")["pages"].sum()
            pops = sp.groupby("territory")["population"].first()
            terr = terr.reindex(pops.index, fill_value=0.0)
            e = classification.set_index("iso2").join(pd.DataFrame({"pages": terr, "population": pops}), how="inner")
            e = e[e["population"] > 0]
            e["per_person"] = e["pages"] / e["population"]
            put("economies", "", len(e))
            put("gini_economies", "", gini(e["per_person"], e["population"]))
            put("theil_economies", "", theil(e["per_person"], e["population"]))
            for by in ("income_group", "region"):
                g = e.groupby(by).agg(pages=("pages", "sum"), population=("population", "sum"))
                g["per_person"] = g["pages"] / g["population"]
                if by == "income_group":
                    for label, v in g["per_person"].items():
                        put("pages_per_person", label, v)
                put("gini_between_" + by, "", gini(g["per_person"], g["population"]))
                put("theil_between_" + by, "", theil(g["per_person"], g["population"]))
    frame = pd.DataFrame(out, columns=["crawl", "counting", "figure", "key", "value"])
    frame.to_csv(os.path.join(HERE, "reference.csv"), index=False, float_format="%.12g")
    if "-v" in sys.argv:
        print(frame.to_string())


if __name__ == "__main__":
    main()
