"""Two canonical matchmaking days, built in code, that the layouts of ``layouts.py`` write as others would.

* A Shandong delegation meeting Rogaland firms (26 organisations, 8 tables, 14:00-16:00, 15-minute meetings).
* A Chengdu delegation meeting Valencian firms (20 organisations).

Languages are listed on every person (an organisation speaks what its people speak) and no interpreter is
registered, so meetings between a Chinese-only side and a Norwegian- or Spanish-only side need interpreting.
Every company and person is invented. Wishes are drawn from shared interests with a fixed seed, so the
corpus is the same on every run.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, time
from functools import cached_property

DELEGATION = "Delegation"
HOST = "Host"

LANGUAGE_CODES = ("zh", "en", "no", "es", "ca")


@dataclass(frozen=True)
class Org:
    name: str
    local_name: str
    group: str
    country: str
    interests: tuple[str, ...]
    domain: str


@dataclass(frozen=True)
class Person:
    org: str
    """The organisation's name as registered."""
    given: str
    family: str
    """Empty when the name is one piece (a Chinese name in both scripts, '张晓明 Zhang Xiaoming')."""
    title: str
    email: str
    languages: tuple[str, ...]
    """Language codes of ``LANGUAGE_CODES``; each layout writes them in its own words."""

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}".strip()


@dataclass(frozen=True)
class Wish:
    requester: str
    requested: str
    priority: int


@dataclass(frozen=True)
class WorldEvent:
    key: str
    title: str
    venue: str
    day: date
    start: time
    end: time
    tables: int
    meeting_minutes: int
    pause_minutes: int
    organisations: tuple[Org, ...]
    people: tuple[Person, ...]
    wishes: tuple[Wish, ...]

    def people_of(self, org: str) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.org == org)

    def languages_of(self, org: str) -> tuple[str, ...]:
        """The organisation's languages: those of its people, in the order first listed."""
        seen: dict[str, None] = {}
        for person in self.people_of(org):
            seen.update(dict.fromkeys(person.languages))
        return tuple(seen)

    def wishes_of(self, org: str) -> tuple[Wish, ...]:
        return tuple(w for w in self.wishes if w.requester == org)

    @cached_property
    def org_by_name(self) -> dict[str, Org]:
        return {o.name: o for o in self.organisations}


def ascii_fold(text: str) -> str:
    """'Bjørg Ødegården' -> 'Bjorg Odegarden': as e-mail addresses and hurried typists write names."""
    folded = text.translate(str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "å": "a", "Å": "A"}))
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _email(given: str, family: str, domain: str) -> str:
    latin = [w for w in f"{given} {family}".split() if w.isascii() or not _is_cjk(w)]
    words = [ascii_fold(w).casefold().replace("'", "") for w in latin]
    return f"{words[0]}.{''.join(words[1:])}@{domain}" if len(words) > 1 else f"{words[0]}@{domain}"


def _is_cjk(word: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in word)


def _people(orgs: tuple[Org, ...], rows: list[tuple[str, str, str, str, str]]) -> tuple[Person, ...]:
    """Rows of (organisation's first word(s), given name, family name, title, language codes)."""
    people = []
    for short, given, family, title, codes in rows:
        org = next(o for o in orgs if o.name.startswith(short))
        people.append(
            Person(org.name, given, family, title, _email(given, family, org.domain), tuple(codes.split()))
        )
    return tuple(people)


def _wishes(
    orgs: tuple[Org, ...], seed: int, per_guest: int, extra: list[tuple[str, str, int]]
) -> tuple[Wish, ...]:
    """Each delegation company wishes for the hosts it shares an interest with, and for a few more up to
    ``per_guest``; about half the hosts wish back. ``extra``: more wishes, by the first words of the
    names."""
    rng = random.Random(seed)
    found: dict[tuple[str, str], int] = {}
    delegation = [o for o in orgs if o.group == DELEGATION]
    hosts = [o for o in orgs if o.group == HOST]
    for guest in delegation:
        for host in hosts:
            shared = set(guest.interests) & set(host.interests)
            if not shared:
                continue
            priority = 1 if len(shared) > 1 else rng.choice((1, 2, 2, 3))
            found[(guest.name, host.name)] = priority
            if rng.random() < 0.5:
                found[(host.name, guest.name)] = rng.choice((1, 2, 3))
        mine = [h for h in hosts if (guest.name, h.name) in found]
        for host in rng.sample([h for h in hosts if h not in mine], max(0, per_guest - len(mine))):
            found[(guest.name, host.name)] = rng.choice((2, 3, 3))
            if rng.random() < 0.4:
                found[(host.name, guest.name)] = rng.choice((2, 3))

    def full(short: str) -> str:
        return next(o.name for o in orgs if o.name.startswith(short))

    for requester, requested, priority in extra:
        found[(full(requester), full(requested))] = priority
    return tuple(Wish(a, b, p) for (a, b), p in found.items())


# -- Shandong meets Rogaland ------------------------------------------------------------------------------

_SHANDONG = (
    Org(
        "Qingdao Lanbo Port Machinery Co., Ltd.",
        "青岛蓝波港口机械有限公司",
        DELEGATION,
        "China",
        ("ports", "automation"),
        "lanbo-port.example.cn",
    ),
    Org(
        "Yantai Jinhai Offshore Equipment Co., Ltd.",
        "烟台金海海工装备有限公司",
        DELEGATION,
        "China",
        ("offshore wind", "subsea"),
        "jinhai-oe.example.cn",
    ),
    Org(
        "Weifang Greenfield Agritech Co., Ltd.",
        "潍坊绿野农业科技有限公司",
        DELEGATION,
        "China",
        ("aquaculture", "food"),
        "greenfield-agri.example.cn",
    ),
    Org(
        "Jinan Quancheng Digital Technology Co., Ltd.",
        "济南泉城数字科技有限公司",
        DELEGATION,
        "China",
        ("digitalisation", "smart city"),
        "quancheng-digital.example.cn",
    ),
    Org(
        "Zibo Huaxing Ceramic Materials Co., Ltd.",
        "淄博华兴陶瓷材料有限公司",
        DELEGATION,
        "China",
        ("materials",),
        "huaxing-ceramics.example.cn",
    ),
    Org(
        "Rizhao Haiyang Aquaculture Group",
        "日照海洋水产集团",
        DELEGATION,
        "China",
        ("aquaculture", "food", "ports"),
        "haiyang-aqua.example.cn",
    ),
    Org(
        "Dongying Delta Energy Services Co., Ltd.",
        "东营三角洲能源服务有限公司",
        DELEGATION,
        "China",
        ("energy transition", "hydrogen"),
        "delta-energy.example.cn",
    ),
    Org(
        "Weihai Blue Health Biotech Co., Ltd.",
        "威海蓝色健康生物科技有限公司",
        DELEGATION,
        "China",
        ("health", "marine biotech"),
        "bluehealth.example.cn",
    ),
)

_ROGALAND = (
    Org("Sola Havneteknikk AS", "", HOST, "Norway", ("ports", "automation"), "solahavn.example.no"),
    Org("Tau Oppdrett AS", "", HOST, "Norway", ("aquaculture",), "tauoppdrett.example.no"),
    Org("Hundvåg Subsea AS", "", HOST, "Norway", ("subsea", "offshore wind"), "hundvagsubsea.example.no"),
    Org("Kvitsøy Havbruk AS", "", HOST, "Norway", ("aquaculture", "food"), "kvitsoyhavbruk.example.no"),
    Org("Stavanger Datasenter AS", "", HOST, "Norway", ("digitalisation",), "svgdata.example.no"),
    Org(
        "Smartbyen Sandnes AS",
        "",
        HOST,
        "Norway",
        ("smart city", "digitalisation"),
        "smartsandnes.example.no",
    ),
    Org("Ålgård Keramikk AS", "", HOST, "Norway", ("materials",), "algardkeramikk.example.no"),
    Org(
        "Klepp Kompositt AS", "", HOST, "Norway", ("materials", "offshore wind"), "kleppkompositt.example.no"
    ),
    Org("Hinna Hydrogen AS", "", HOST, "Norway", ("hydrogen", "energy transition"), "hinnah2.example.no"),
    Org("Gjesdal Energi AS", "", HOST, "Norway", ("energy transition",), "gjesdalenergi.example.no"),
    Org("Ullandhaug Helse AS", "", HOST, "Norway", ("health",), "ullandhaughelse.example.no"),
    Org(
        "Finnøy Marin Bioteknologi AS",
        "",
        HOST,
        "Norway",
        ("marine biotech", "health"),
        "finnoybio.example.no",
    ),
    Org("Eigerøy Fisk AS", "", HOST, "Norway", ("food",), "eigeroyfisk.example.no"),
    Org("Vigrestad Robotikk AS", "", HOST, "Norway", ("automation",), "vigrestadrobot.example.no"),
    Org("Rennesøy Vindservice AS", "", HOST, "Norway", ("offshore wind",), "rennesoyvind.example.no"),
    Org("Risavika Logistikk AS", "", HOST, "Norway", ("ports",), "risavikalog.example.no"),
    Org("Madla Matinnovasjon AS", "", HOST, "Norway", ("food", "aquaculture"), "madlamat.example.no"),
    Org(
        "Forus Energiklynge", "", HOST, "Norway", ("energy transition", "hydrogen"), "forusklynge.example.no"
    ),
)

_SHANDONG_PEOPLE = [
    ("Qingdao", "张晓明 Zhang Xiaoming", "", "General Manager", "zh en"),
    ("Qingdao", "李红 Li Hong", "", "Chief Engineer", "zh"),
    ("Qingdao", "王军 Wang Jun", "", "Sales Director", "zh en"),
    ("Yantai", "刘海洋 Liu Haiyang", "", "Chairman", "zh"),
    ("Yantai", "陈静 Chen Jing", "", "Project Manager, Offshore Wind", "zh en"),
    ("Yantai", "杨波 Yang Bo", "", "Subsea Engineer", "zh"),
    ("Yantai", "赵敏 Zhao Min", "", "International Business", "zh en"),
    ("Weifang", "黄磊 Huang Lei", "", "CEO", "zh"),
    ("Weifang", "周丽 Zhou Li", "", "Aquaculture Specialist", "zh"),
    ("Weifang", "吴凡 Wu Fan", "", "Export Manager", "zh en"),
    ("Jinan", "徐涛 Xu Tao", "", "Vice President", "zh en"),
    ("Jinan", "孙悦 Sun Yue", "", "Data Scientist", "zh en"),
    ("Jinan", "马琳 Ma Lin", "", "Smart City Lead", "zh"),
    ("Zibo", "朱建华 Zhu Jianhua", "", "President", "zh"),
    ("Zibo", "胡蓉 Hu Rong", "", "Materials Scientist", "zh"),
    ("Zibo", "郭强 Guo Qiang", "", "Production Manager", "zh"),
    ("Rizhao", "何平 He Ping", "", "General Manager", "zh"),
    ("Rizhao", "林雪 Lin Xue", "", "Business Development", "zh en"),
    ("Rizhao", "罗刚 Luo Gang", "", "Port Operations", "zh"),
    ("Dongying", "高志远 Gao Zhiyuan", "", "CTO", "zh en"),
    ("Dongying", "梁晨 Liang Chen", "", "Hydrogen Engineer", "zh"),
    ("Dongying", "宋雨 Song Yu", "", "Finance Manager", "zh"),
    ("Dongying", "谢婷 Xie Ting", "", "Project Engineer", "zh en"),
    ("Weihai", "韩冬 Han Dong", "", "CEO", "zh"),
    ("Weihai", "唐芳 Tang Fang", "", "Medical Director", "zh en"),
    ("Weihai", "冯宁 Feng Ning", "", "Regulatory Affairs", "zh"),
    ("Weihai", "董佳 Dong Jia", "", "Marine Biologist", "zh en"),
    ("Sola", "Bjørg", "Ødegården", "Havnesjef", "no en"),
    ("Sola", "Håvard", "Sæland", "Automation Engineer", "no"),
    ("Tau", "Kåre", "Tjelta", "Daglig leder", "no"),
    ("Hundvåg", "Sigrid", "Ølberg", "CEO", "no en"),
    ("Hundvåg", "Tor Arne", "Løland", "Lead Subsea Engineer", "no en"),
    ("Kvitsøy", "Åsmund", "Kvalvåg", "Produksjonssjef", "no"),
    ("Kvitsøy", "Marte", "Bø", "Sales Manager", "no en"),
    ("Stavanger Datasenter", "Øyvind", "Hægeland", "CTO", "no en"),
    ("Smartbyen", "Ingrid", "Nærbø", "Prosjektleder", "no en"),
    ("Smartbyen", "Jon Erik", "Skårland", "Data Engineer", "no en"),
    ("Ålgård", "Ragnhild", "Fløysvik", "Daglig leder", "no"),
    ("Klepp", "Eirik", "Bråtveit", "R&D Manager", "no en"),
    ("Klepp", "Solfrid", "Håland", "Composites Engineer", "no"),
    ("Hinna", "Lars Øyvind", "Myklebust", "Founder", "no en"),
    ("Gjesdal", "Hilde", "Søyland", "Energy Adviser", "no en"),
    ("Gjesdal", "Íñigo", "Peña Muñoz", "Project Engineer", "es en no"),
    ("Ullandhaug", "Astrid", "Vårli", "Head of Innovation", "no en"),
    ("Finnøy", "Trond", "Ådnanes", "Marine Biologist", "no en"),
    ("Finnøy", "Gro", "Sørbø", "CEO", "no en"),
    ("Eigerøy", "Nils", "Ørsland", "Daglig leder", "no"),
    ("Eigerøy", "Turid", "Egelandsdal", "Kvalitetssjef", "no"),
    ("Vigrestad", "Magnus", "Grødem", "Robotics Engineer", "no en"),
    ("Vigrestad", "Elin", "Njærheim", "Sales", "no en"),
    ("Rennesøy", "Pål", "Østebø", "Service Manager", "no"),
    ("Risavika", "Siri", "Rasmussen-Ågedal", "Logistics Manager", "no en"),
    ("Risavika", "Kjetil", "Bjørheim", "Terminal Manager", "no"),
    ("Madla", "Mari", "Dåsvatn", "Product Developer", "no en"),
    ("Madla", "Lucía", "Fernández Gómez", "Food Scientist", "es en"),
    ("Forus", "Tone", "Løvås", "Cluster Manager", "no en"),
    ("Forus", "Geir", "Aarsæther", "Hydrogen Adviser", "no en"),
    ("Forus", "Camilla", "Thu", "Communications", "no en"),
]

SHANDONG_ROGALAND = WorldEvent(
    key="shandong",
    title="Shandong–Rogaland B2B day",
    venue="Forus Innovasjonspark, Stavanger",
    day=date(2026, 6, 9),
    start=time(14),
    end=time(16),
    tables=8,
    meeting_minutes=15,
    pause_minutes=0,
    organisations=_SHANDONG + _ROGALAND,
    people=_people(_SHANDONG + _ROGALAND, _SHANDONG_PEOPLE),
    wishes=_wishes(
        _SHANDONG + _ROGALAND,
        seed=20260609,
        per_guest=8,
        extra=[
            ("Forus", "Dongying", 1),
            ("Jinan", "Risavika", 3),
            ("Qingdao", "Risavika", 2),
            ("Weihai", "Madla", 3),
            ("Rizhao", "Eigerøy", 2),
            ("Eigerøy", "Rizhao", 2),
            ("Stavanger Datasenter", "Dongying", 3),
        ],
    ),
)

# -- Chengdu meets Valencia -------------------------------------------------------------------------------

_CHENGDU = (
    Org(
        "Chengdu Tianfu Aerospace Components Co., Ltd.",
        "成都天府航空零部件有限公司",
        DELEGATION,
        "China",
        ("aerospace", "materials"),
        "tianfu-aero.example.cn",
    ),
    Org(
        "Chengdu Panda Foods Co., Ltd.",
        "成都熊猫食品有限公司",
        DELEGATION,
        "China",
        ("food", "agrifood"),
        "pandafoods.example.cn",
    ),
    Org(
        "Sichuan Jinsha Ceramics Co., Ltd.",
        "四川金沙陶瓷有限公司",
        DELEGATION,
        "China",
        ("ceramics",),
        "jinsha-ceramics.example.cn",
    ),
    Org(
        "Chengdu Rongcheng Logistics Co., Ltd.",
        "成都蓉城物流有限公司",
        DELEGATION,
        "China",
        ("logistics", "ports"),
        "rongcheng-log.example.cn",
    ),
    Org(
        "Sichuan Shuguang Solar Energy Co., Ltd.",
        "四川曙光太阳能有限公司",
        DELEGATION,
        "China",
        ("solar", "energy"),
        "shuguang-solar.example.cn",
    ),
    Org(
        "Chengdu Jinjiang Smart Mobility Co., Ltd.",
        "成都锦江智能出行有限公司",
        DELEGATION,
        "China",
        ("mobility", "automotive"),
        "jinjiang-mobility.example.cn",
    ),
    Org(
        "Chengdu Hi-Tech Health Industry Park",
        "成都高新健康产业园",
        DELEGATION,
        "China",
        ("health",),
        "hitech-health.example.cn",
    ),
    Org(
        "Sichuan Emei Tea Group", "四川峨眉茶业集团", DELEGATION, "China", ("agrifood",), "emeitea.example.cn"
    ),
)

_VALENCIA = (
    Org("Cerámicas del Mijares S.L.", "", HOST, "Spain", ("ceramics", "materials"), "ceramijares.example.es"),
    Org("Cítricos de la Ribera S.L.", "", HOST, "Spain", ("agrifood", "food"), "citricosribera.example.es"),
    Org("Puerto Seco Sagunto S.A.", "", HOST, "Spain", ("logistics",), "psagunto.example.es"),
    Org("Energía Solar Turia S.L.", "", HOST, "Spain", ("solar", "energy"), "solarturia.example.es"),
    Org("Autopartes Almussafes S.A.", "", HOST, "Spain", ("automotive",), "autoalmussafes.example.es"),
    Org("Biomédica Levante S.L.", "", HOST, "Spain", ("health",), "biolevante.example.es"),
    Org("Aeroespacial Paterna S.L.", "", HOST, "Spain", ("aerospace",), "aeropaterna.example.es"),
    Org("Orxata d'Alboraia S.L.", "", HOST, "Spain", ("food",), "orxata.example.es"),
    Org("Movilidad Urbana València S.L.", "", HOST, "Spain", ("mobility",), "muvalencia.example.es"),
    Org("Logística Portuaria del Grau S.A.", "", HOST, "Spain", ("ports", "logistics"), "lpgrau.example.es"),
    Org("Azulejos Castellón Innovación S.L.", "", HOST, "Spain", ("ceramics",), "azulejoscs.example.es"),
    Org("Clúster Agroalimentario Valenciano", "", HOST, "Spain", ("agrifood", "food"), "agroval.example.es"),
)

_CHENGDU_PEOPLE = [
    ("Chengdu Tianfu", "李建国 Li Jianguo", "", "General Manager", "zh en"),
    ("Chengdu Tianfu", "王芳 Wang Fang", "", "Chief Engineer", "zh"),
    ("Chengdu Panda", "张伟 Zhang Wei", "", "CEO", "zh"),
    ("Chengdu Panda", "刘洋 Liu Yang", "", "Export Manager", "zh en"),
    ("Chengdu Panda", "陈思 Chen Si", "", "Food Safety", "zh"),
    ("Sichuan Jinsha", "杨帆 Yang Fan", "", "President", "zh"),
    ("Sichuan Jinsha", "赵丽 Zhao Li", "", "Design Director", "zh"),
    ("Chengdu Rongcheng", "黄河 Huang He", "", "Operations Director", "zh en"),
    ("Chengdu Rongcheng", "周杰 Zhou Jie", "", "Rail Freight", "zh"),
    ("Sichuan Shuguang", "吴昊 Wu Hao", "", "CTO", "zh en"),
    ("Sichuan Shuguang", "郑爽 Zheng Shuang", "", "Sales Manager", "zh"),
    ("Chengdu Jinjiang", "孙博 Sun Bo", "", "Vice President", "zh"),
    ("Chengdu Jinjiang", "马骁 Ma Xiao", "", "Mobility Engineer", "zh en"),
    ("Chengdu Hi-Tech", "胡蓉 Hu Rong", "", "Park Director", "zh"),
    ("Chengdu Hi-Tech", "许晴 Xu Qing", "", "Investment Manager", "zh en"),
    ("Sichuan Emei", "邓茶 Deng Cha", "", "Chairman", "zh"),
    ("Sichuan Emei", "彭悦 Peng Yue", "", "Brand Manager", "zh"),
    ("Cerámicas", "Vicent", "Martí Ferrer", "Director General", "ca es en"),
    ("Cerámicas", "Núria", "Peñarroja Climent", "Export Manager", "ca es en"),
    ("Cítricos", "José Ángel", "Ibáñez Mora", "Gerente", "es"),
    ("Puerto Seco", "María Jesús", "Llorca Soler", "Directora de Operaciones", "es en"),
    ("Energía Solar", "Andreu", "Sanchis Bonet", "CEO", "ca es en"),
    ("Energía Solar", "Begoña", "Muñoz Sáez", "Ingeniera", "es"),
    ("Autopartes", "Íñigo", "García Ortuño", "Purchasing Director", "es en"),
    ("Biomédica", "Lucía", "Navarro Gil", "CEO", "es en"),
    ("Biomédica", "Pau", "Ferrandis Roig", "Regulatory Affairs", "ca es"),
    ("Aeroespacial", "Ramón", "Cortés Blasco", "Director Técnico", "es"),
    ("Orxata", "Amparo", "Tortosa Miñana", "Gerente", "ca es"),
    ("Movilidad", "Jordi", "Alcañiz Pérez", "Product Manager", "ca es en"),
    ("Logística", "Concepción", "Añón Belda", "Directora Comercial", "es en"),
    ("Logística", "Héctor", "Gómez Ruiz", "Customs", "es"),
    ("Azulejos", "Inmaculada", "Beltrán Nebot", "Design", "es ca"),
    ("Clúster", "Xavier", "Puchades Llopis", "Cluster Manager", "ca es en"),
    ("Clúster", "Elena", "Soriano Gascó", "Project Officer", "es en"),
]

VALENCIA_CHENGDU = WorldEvent(
    key="valencia",
    title="València–Chengdu business meetings",
    venue="Palau de la Exposició, València",
    day=date(2026, 10, 15),
    start=time(10),
    end=time(12, 30),
    tables=7,
    meeting_minutes=20,
    pause_minutes=5,
    organisations=_CHENGDU + _VALENCIA,
    people=_people(_CHENGDU + _VALENCIA, _CHENGDU_PEOPLE),
    wishes=_wishes(
        _CHENGDU + _VALENCIA,
        seed=20261015,
        per_guest=5,
        extra=[
            ("Chengdu Tianfu", "Autopartes", 3),
            ("Chengdu Rongcheng", "Cítricos", 3),
            ("Sichuan Emei", "Orxata", 2),
            ("Orxata", "Sichuan Emei", 1),
            ("Movilidad", "Sichuan Shuguang", 3),
        ],
    ),
)

EVENTS = (SHANDONG_ROGALAND, VALENCIA_CHENGDU)
