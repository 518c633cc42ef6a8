"""Writes MeetGrid's sample event: a fictional Shandong delegation meeting Rogaland companies in Stavanger.

Two workbooks hold the same registrations:

* ``stavanger-delegation-day.xlsx`` in the MeetGrid template layout (Organisations, Participants, Requests,
  Interpreters);
* ``stavanger-form-export.xlsx`` as a registration form exports it: one sheet, one row a person, title rows
  above the header and the wish list typed into one cell, with names spelt as people type them.

Every company and person here is invented. Run ``python resources/samples/make_sample.py`` to rewrite both.

The two other files in this folder, ``valencia-chengdu-form-responses.xlsx`` and
``shandong-ticketing-export.csv``, come from the tests' corpus of the world's registration layouts and are
written by ``python -m tests.world.samples`` (resources never import tests).
"""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

HERE = Path(__file__).resolve().parent

# name, local name, group, country, interests, languages, available from, until, max meetings
Organisation = tuple[str, str, str, str, str, str, time | None, time | None, int | None]

DELEGATION: list[Organisation] = [
    (
        "Qingdao Bluewater Port Logistics Co., Ltd.",
        "青岛蓝海港口物流有限公司",
        "Delegation",
        "China",
        "ports; logistics; digitalisation",
        "Chinese; English",
        None,
        None,
        None,
    ),
    (
        "Yantai Deepsea Offshore Engineering Co., Ltd.",
        "烟台深海海洋工程有限公司",
        "Delegation",
        "China",
        "offshore engineering; offshore wind; subsea",
        "Chinese; English",
        None,
        None,
        None,
    ),
    (
        "Jinan Qilu Smart Manufacturing Group",
        "济南齐鲁智能制造集团",
        "Delegation",
        "China",
        "smart manufacturing; automation; robotics",
        "Chinese",
        None,
        None,
        4,
    ),
    (
        "Weihai Coastal Healthcare Technology Co., Ltd.",
        "威海海滨医疗科技有限公司",
        "Delegation",
        "China",
        "healthcare; medical devices",
        "Chinese; English",
        None,
        None,
        None,
    ),
    (
        "Shandong Hi-Speed Transport Infrastructure Co.",
        "山东高速交通基础设施公司",
        "Delegation",
        "China",
        "transport infrastructure; tunnels; bridges",
        "Chinese",
        None,
        None,
        None,
    ),
    (
        "Rizhao Green Hydrogen Energy Co., Ltd.",
        "日照绿氢能源有限公司",
        "Delegation",
        "China",
        "hydrogen; energy transition; energy storage",
        "Chinese; English",
        time(14, 0),
        None,
        None,
    ),
    (
        "Dongying Petro Digital Solutions Co., Ltd.",
        "东营石化数字科技有限公司",
        "Delegation",
        "China",
        "digitalisation; energy transition; offshore engineering",
        "Chinese; English",
        None,
        None,
        None,
    ),
    (
        "Zibo Advanced Materials Co., Ltd.",
        "淄博先进材料有限公司",
        "Delegation",
        "China",
        "materials; smart manufacturing",
        "Chinese",
        None,
        None,
        None,
    ),
]

HOSTS: list[Organisation] = [
    ("Sørvest Havn AS", "", "Host", "Norway", "ports; logistics", "Norwegian; English", None, None, None),
    (
        "Nordsjø Offshore Engineering AS",
        "",
        "Host",
        "Norway",
        "offshore engineering; subsea",
        "Norwegian; English",
        None,
        None,
        None,
    ),
    (
        "Stavanger Smartby Lab AS",
        "",
        "Host",
        "Norway",
        "digitalisation; smart city",
        "Norwegian; English",
        None,
        None,
        None,
    ),
    (
        "Rogaland Helseteknologi AS",
        "",
        "Host",
        "Norway",
        "healthcare; medical devices",
        "Norwegian; English",
        None,
        None,
        None,
    ),
    (
        "Ryfylke Vindkraft AS",
        "",
        "Host",
        "Norway",
        "offshore wind; energy transition",
        "Norwegian",
        None,
        None,
        None,
    ),
    (
        "Jæren Automasjon AS",
        "",
        "Host",
        "Norway",
        "automation; smart manufacturing",
        "Norwegian; English",
        None,
        None,
        None,
    ),
    (
        "Hafrsfjord Hydrogen AS",
        "",
        "Host",
        "Norway",
        "hydrogen; energy transition",
        "Norwegian; English",
        None,
        None,
        None,
    ),
    (
        "Tananger Subsea Solutions AS",
        "",
        "Host",
        "Norway",
        "subsea; offshore engineering",
        "Norwegian; English",
        None,
        None,
        None,
    ),
    (
        "Sandnes Bru og Tunnel AS",
        "",
        "Host",
        "Norway",
        "transport infrastructure; tunnels; bridges",
        "Norwegian",
        None,
        time(16, 0),
        None,
    ),
    (
        "Karmøy Aluminium Teknologi AS",
        "",
        "Host",
        "Norway",
        "materials",
        "Norwegian; English",
        None,
        None,
        None,
    ),
    (
        "Haugaland Logistikk AS",
        "",
        "Host",
        "Norway",
        "logistics; ports",
        "Norwegian; English",
        None,
        None,
        None,
    ),
    (
        "Forus Digital Energi AS",
        "",
        "Host",
        "Norway",
        "digitalisation; energy transition",
        "Norwegian; English; Spanish",
        None,
        None,
        None,
    ),
    ("Egersund Maritime Services AS", "", "Host", "Norway", "ports; maritime", "Norwegian", None, None, None),
    (
        "Lysefjord Medisinsk AS",
        "",
        "Host",
        "Norway",
        "medical devices",
        "Norwegian; English",
        None,
        None,
        None,
    ),
    (
        "Utsira Energilagring AS",
        "",
        "Host",
        "Norway",
        "energy storage; hydrogen",
        "Norwegian; English",
        None,
        None,
        None,
    ),
    (
        "Bryne Robotikk AS",
        "",
        "Host",
        "Norway",
        "robotics; automation",
        "Norwegian; English",
        None,
        None,
        None,
    ),
    (
        "Rogaland Energiomstilling Klynge",
        "",
        "Host",
        "Norway",
        "energy transition; offshore wind; hydrogen",
        "Norwegian; English",
        None,
        None,
        None,
    ),
    (
        "Randaberg Kompositt AS",
        "",
        "Host",
        "Norway",
        "materials; offshore wind",
        "Norwegian",
        None,
        None,
        None,
    ),
]

# organisation (short key), name, title, email
PEOPLE: list[tuple[str, str, str, str]] = [
    ("Qingdao", "王海涛 Wang Haitao", "General Manager", "wang.haitao@bluewater-port.example.cn"),
    ("Qingdao", "刘静 Liu Jing", "Head of International Business", "liu.jing@bluewater-port.example.cn"),
    ("Qingdao", "陈晨 Chen Chen", "Logistics Engineer", "chen.chen@bluewater-port.example.cn"),
    ("Qingdao", "赵磊 Zhao Lei", "IT Director", "zhao.lei@bluewater-port.example.cn"),
    ("Qingdao", "孙丽 Sun Li", "Interpreter", "sun.li@bluewater-port.example.cn"),
    ("Yantai", "李强 Li Qiang", "Chairman", "li.qiang@deepsea-oe.example.cn"),
    ("Yantai", "张敏 Zhang Min", "Chief Engineer", "zhang.min@deepsea-oe.example.cn"),
    ("Yantai", "杨帆 Yang Fan", "Project Manager, Offshore Wind", "yang.fan@deepsea-oe.example.cn"),
    ("Yantai", "黄伟 Huang Wei", "Subsea Engineer", "huang.wei@deepsea-oe.example.cn"),
    ("Yantai", "周婷 Zhou Ting", "Business Development", "zhou.ting@deepsea-oe.example.cn"),
    ("Jinan", "吴刚 Wu Gang", "Vice President", "wu.gang@qilu-smart.example.cn"),
    ("Jinan", "徐丽娜 Xu Lina", "Automation Engineer", "xu.lina@qilu-smart.example.cn"),
    ("Jinan", "马超 Ma Chao", "Robotics Lead", "ma.chao@qilu-smart.example.cn"),
    ("Jinan", "朱红 Zhu Hong", "Sales Manager", "zhu.hong@qilu-smart.example.cn"),
    ("Weihai", "胡军 Hu Jun", "CEO", "hu.jun@coastal-health.example.cn"),
    ("Weihai", "郭燕 Guo Yan", "Medical Director", "guo.yan@coastal-health.example.cn"),
    ("Weihai", "林峰 Lin Feng", "Product Manager", "lin.feng@coastal-health.example.cn"),
    ("Weihai", "何静 He Jing", "Regulatory Affairs", "he.jing@coastal-health.example.cn"),
    (
        "Shandong Hi-Speed",
        "高建国 Gao Jianguo",
        "Deputy General Manager",
        "gao.jianguo@sdhs-infra.example.cn",
    ),
    ("Shandong Hi-Speed", "罗斌 Luo Bin", "Bridge Engineer", "luo.bin@sdhs-infra.example.cn"),
    ("Shandong Hi-Speed", "梁晓 Liang Xiao", "Tunnel Engineer", "liang.xiao@sdhs-infra.example.cn"),
    ("Shandong Hi-Speed", "宋佳 Song Jia", "International Projects", "song.jia@sdhs-infra.example.cn"),
    ("Shandong Hi-Speed", "谢明 Xie Ming", "Finance Manager", "xie.ming@sdhs-infra.example.cn"),
    ("Rizhao", "韩冰 Han Bing", "General Manager", "han.bing@rizhao-h2.example.cn"),
    ("Rizhao", "唐亮 Tang Liang", "Electrolyser Engineer", "tang.liang@rizhao-h2.example.cn"),
    ("Rizhao", "冯雪 Feng Xue", "Business Development", "feng.xue@rizhao-h2.example.cn"),
    ("Rizhao", "董鹏 Dong Peng", "Energy Storage Specialist", "dong.peng@rizhao-h2.example.cn"),
    ("Dongying", "于洋 Yu Yang", "CTO", "yu.yang@petro-digital.example.cn"),
    ("Dongying", "曹颖 Cao Ying", "Data Scientist", "cao.ying@petro-digital.example.cn"),
    ("Dongying", "邓志 Deng Zhi", "Offshore Operations", "deng.zhi@petro-digital.example.cn"),
    ("Dongying", "许诺 Xu Nuo", "Sales Director", "xu.nuo@petro-digital.example.cn"),
    ("Zibo", "彭涛 Peng Tao", "President", "peng.tao@zibo-materials.example.cn"),
    ("Zibo", "曾琳 Zeng Lin", "Materials Scientist", "zeng.lin@zibo-materials.example.cn"),
    ("Zibo", "萧然 Xiao Ran", "Production Manager", "xiao.ran@zibo-materials.example.cn"),
    ("Zibo", "田甜 Tian Tian", "Export Manager", "tian.tian@zibo-materials.example.cn"),
    ("Sørvest Havn", "Bjørn Økland", "Havnedirektør", "bjorn.okland@sorvesthavn.example.no"),
    ("Sørvest Havn", "Ingrid Håland", "Logistics Manager", "ingrid.haland@sorvesthavn.example.no"),
    ("Nordsjø Offshore", "Sigurd Ødegård", "CEO", "sigurd@nordsjo-oe.example.no"),
    ("Nordsjø Offshore", "Marit Løvås", "Lead Engineer", "marit@nordsjo-oe.example.no"),
    ("Stavanger Smartby", "Øystein Rønneberg", "Daglig leder", "oystein@smartbylab.example.no"),
    ("Rogaland Helseteknologi", "Liv Skjæveland", "Head of Innovation", "liv@helsetek.example.no"),
    ("Rogaland Helseteknologi", "Håkon Tjøstheim", "Product Owner", "hakon@helsetek.example.no"),
    ("Ryfylke Vindkraft", "Kåre Sæther", "Project Director", "kare@ryfylkevind.example.no"),
    ("Jæren Automasjon", "Åse Nærland", "Managing Director", "ase@jaerenauto.example.no"),
    ("Jæren Automasjon", "Eirik Sømme", "Automation Engineer", "eirik@jaerenauto.example.no"),
    ("Hafrsfjord Hydrogen", "Gro Espedal", "CEO", "gro@hafrsfjord-h2.example.no"),
    ("Tananger Subsea", "Tor Ivar Årstad", "Subsea Manager", "torivar@tanangersubsea.example.no"),
    ("Tananger Subsea", "Hilde Kvåle", "Sales Manager", "hilde@tanangersubsea.example.no"),
    ("Sandnes Bru", "Ragnhild Vågen", "Chief Engineer", "ragnhild@sandnesbru.example.no"),
    ("Karmøy Aluminium", "Jørgen Fjelde", "R&D Manager", "jorgen@karmoy-alu.example.no"),
    ("Haugaland Logistikk", "Solveig Bø", "Daglig leder", "solveig@hlogistikk.example.no"),
    ("Forus Digital Energi", "Torstein Aarsæther", "CTO", "torstein@forusdigital.example.no"),
    ("Forus Digital Energi", "Íñigo Muñoz Peña", "Data Engineer", "inigo@forusdigital.example.no"),
    ("Egersund Maritime", "Mona Ravndal", "Harbour Master", "mona@egersund-maritime.example.no"),
    ("Lysefjord Medisinsk", "Astrid Strømme", "CEO", "astrid@lysefjordmed.example.no"),
    ("Utsira Energilagring", "Even Bjørnevik", "Founder", "even@utsira-storage.example.no"),
    ("Bryne Robotikk", "Ola Nordbø", "Robotics Engineer", "ola@brynerobotikk.example.no"),
    ("Rogaland Energiomstilling", "Kari Fosså", "Cluster Manager", "kari@energiomstilling.example.no"),
    ("Rogaland Energiomstilling", "Lucía Fernández", "Project Adviser", "lucia@energiomstilling.example.no"),
    ("Randaberg Kompositt", "Nils Tveit", "Daglig leder", "nils@randaberg-kompositt.example.no"),
]

ALL = DELEGATION + HOSTS


def full_name(short: str) -> str:
    return next(o[0] for o in ALL if o[0].startswith(short))


def interests(org: Organisation) -> set[str]:
    return {part.strip() for part in org[4].split(";")}


def wishes() -> list[tuple[str, str, int]]:
    """Requests (requester, requested, priority): shared interests lead to wishes, some returned."""
    found: list[tuple[str, str, int]] = []
    for d_index, delegation in enumerate(DELEGATION):
        for h_index, host in enumerate(HOSTS):
            shared = interests(delegation) & interests(host)
            if not shared:
                continue
            priority = 1 if len(shared) > 1 else 2
            found.append((delegation[0], host[0], priority))
            if (d_index + h_index) % 3 != 0:  # two thirds of the wishes are returned
                found.append((host[0], delegation[0], 2 if priority == 1 else 3))
    extra = [
        ("Forus Digital Energi", "Rizhao", 2),
        ("Forus Digital Energi", "Yantai", 3),
        ("Weihai", "Stavanger Smartby", 3),
        ("Zibo", "Nordsjø Offshore", 3),
        ("Qingdao", "Tananger Subsea", 3),
        ("Egersund Maritime", "Yantai", 2),
        ("Bryne Robotikk", "Qingdao", 3),
        ("Qingdao", "Stavanger Smartby", 2),
        ("Qingdao", "Egersund Maritime", 1),
        ("Egersund Maritime", "Qingdao", 2),
        ("Yantai", "Ryfylke Vindkraft", 1),
        ("Ryfylke Vindkraft", "Yantai", 1),
        ("Yantai", "Randaberg Kompositt", 2),
        ("Jinan", "Karmøy Aluminium", 3),
        ("Weihai", "Forus Digital Energi", 3),
        ("Shandong Hi-Speed", "Stavanger Smartby", 2),
        ("Shandong Hi-Speed", "Haugaland Logistikk", 2),
        ("Rizhao", "Ryfylke Vindkraft", 2),
        ("Rizhao", "Forus Digital Energi", 2),
        ("Dongying", "Nordsjø Offshore", 1),
        ("Nordsjø Offshore", "Dongying", 2),
        ("Dongying", "Tananger Subsea", 2),
        ("Zibo", "Randaberg Kompositt", 1),
        ("Randaberg Kompositt", "Zibo", 1),
        ("Zibo", "Jæren Automasjon", 3),
        ("Rogaland Energiomstilling", "Dongying", 2),
        ("Utsira Energilagring", "Dongying", 3),
        # Hafrsfjord Hydrogen sends one person and is wished for more often than it has slots.
        ("Qingdao", "Hafrsfjord Hydrogen", 3),
        ("Yantai", "Hafrsfjord Hydrogen", 2),
        ("Jinan", "Hafrsfjord Hydrogen", 3),
        ("Weihai", "Hafrsfjord Hydrogen", 3),
        ("Shandong Hi-Speed", "Hafrsfjord Hydrogen", 3),
        ("Dongying", "Hafrsfjord Hydrogen", 2),
        ("Zibo", "Hafrsfjord Hydrogen", 3),
        ("Utsira Energilagring", "Hafrsfjord Hydrogen", 2),
        ("Forus Digital Energi", "Hafrsfjord Hydrogen", 3),
        ("Karmøy Aluminium", "Hafrsfjord Hydrogen", 3),
        # Jinan Qilu caps its meetings at four but asks for more.
        ("Jinan", "Stavanger Smartby", 2),
        ("Jinan", "Sandnes Bru", 3),
        ("Bryne Robotikk", "Jinan", 2),
    ]
    found += [(full_name(a), full_name(b), p) for a, b, p in extra]
    unique: dict[tuple[str, str], int] = {}
    for requester, requested, priority in found:
        unique[(requester, requested)] = min(priority, unique.get((requester, requested), priority))
    return [(requester, requested, priority) for (requester, requested), priority in unique.items()]


# The delegation brings one interpreter; Innovation Norway books two more. Jinan Qilu, Shandong Hi-Speed and
# Zibo speak only Chinese; Ryfylke Vindkraft, Sandnes Bru og Tunnel, Egersund Maritime and Randaberg Kompositt
# only Norwegian: their meetings need an interpreter who speaks both.
INTERPRETERS = (
    ("刘梅 Liu Mei", "Chinese; Norwegian; English", None, None, "15:15-15:45"),
    ("Kari Nilsen", "Norwegian; Chinese", None, "16:00", None),
    ("王磊 Wang Lei", "Chinese; English", None, None, None),
)


def _style_header(sheet: object, row: int, columns: int) -> None:
    for column in range(1, columns + 1):
        cell = sheet.cell(row=row, column=column)  # type: ignore[attr-defined]
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")


def write_template_layout(path: Path) -> None:
    workbook = Workbook()
    organisations = workbook.active
    organisations.title = "Organisations"
    header = ["Organisation", "Local name", "Group", "Country", "Interests", "Languages"]
    header += ["Available from", "Available until", "Max meetings"]
    organisations.append(header)
    for org in ALL:
        organisations.append(list(org))
    for column in ("G", "H"):
        for row in range(2, len(ALL) + 2):
            organisations[f"{column}{row}"].number_format = "hh:mm"
    participants = workbook.create_sheet("Participants")
    participants.append(["Name", "Organisation", "Title", "Email", "Languages"])
    for short, name, title, email in PEOPLE:
        org = full_name(short)
        languages = next(o[5] for o in ALL if o[0] == org)
        if "Muñoz" in name or "Lucía" in name:
            languages = "Spanish; English; Norwegian"
        participants.append([name, org, title, email, languages])
    requests = workbook.create_sheet("Requests")
    requests.append(["Requester", "Requested", "Priority"])
    for requester, requested, priority in wishes():
        requests.append([requester, requested, priority])
    interpreters = workbook.create_sheet("Interpreters")
    interpreters.append(["Name", "Languages", "Available from", "Available until", "Not available"])
    for interpreter in INTERPRETERS:
        interpreters.append(list(interpreter))
    for sheet, widths in (
        (organisations, (46, 28, 12, 10, 44, 28, 15, 15, 13)),
        (participants, (26, 46, 32, 44, 28)),
        (requests, (46, 46, 10)),
        (interpreters, (26, 32, 15, 15, 18)),
    ):
        _style_header(sheet, 1, len(widths))
        sheet.freeze_panes = "A2"
        for index, width in enumerate(widths):
            sheet.column_dimensions[chr(ord("A") + index)].width = width
    workbook.save(path)


# How people type the names of companies they want to meet in a free-text form field.
TYPED = {
    "Sørvest Havn AS": "Sørvest Havn A/S",
    "Nordsjø Offshore Engineering AS": "nordsjø offshore engineering",
    "Qingdao Bluewater Port Logistics Co., Ltd.": "Qingdao Bluewater Port Logistics Co Ltd",
    "Hafrsfjord Hydrogen AS": "Hafrsfjord Hydrogen",
    "Yantai Deepsea Offshore Engineering Co., Ltd.": "Yantai Deepsea Offshore Engineering Co., Ltd.",
}


def write_form_layout(path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Form responses"
    sheet.append(["Shandong–Rogaland B2B day, Stavanger: registrations"])
    sheet.append(["Exported from the registration form on 2026-05-20"])
    sheet.append([])
    header = [
        "Timestamp",
        "First name",
        "Last name",
        "E-mail address",
        "Company",
        "Company name in Chinese (if any)",
        "Job title",
        "Country",
        "Delegation or host?",
        "Sectors of interest",
        "Languages spoken",
        "Which companies would you like to meet?",
        "Available from",
    ]
    sheet.append(header)
    _style_header(sheet, 4, len(header))
    wished: dict[str, list[str]] = {}
    for requester, requested, _ in wishes():
        wished.setdefault(requester, []).append(TYPED.get(requested, requested))
    first_row_of: set[str] = set()
    for number, (short, name, title, email) in enumerate(PEOPLE):
        org_name = full_name(short)
        org = next(o for o in ALL if o[0] == org_name)
        given, _, family = name.rpartition(" ")
        if org[2] == "Delegation":  # "王海涛 Wang Haitao": the family name comes first
            latin = name.split(" ", 1)[1]
            family, given = latin.split(" ", 1)[0], name
        # People type their own company's name in varied ways, too.
        typed_org = org_name.replace(" AS", " A/S") if number % 4 == 1 else org_name
        wish_cell = ""
        if org_name not in first_row_of:
            first_row_of.add(org_name)
            wish_cell = "\n".join(wished.get(org_name, []))
        sheet.append(
            [
                datetime(2026, 5, 2 + number % 15, 9 + number % 8, (7 * number) % 60),
                given,
                family if org[2] != "Delegation" else "",
                email,
                typed_org,
                org[1],
                title,
                org[3],
                org[2],
                org[4].replace(";", ","),
                org[5],
                wish_cell,
                org[6],
            ]
        )
    for index, width in enumerate((18, 24, 16, 40, 46, 30, 30, 10, 12, 44, 26, 60, 14)):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    workbook.save(path)


def main() -> None:
    write_template_layout(HERE / "stavanger-delegation-day.xlsx")
    write_form_layout(HERE / "stavanger-form-export.xlsx")
    people = len(PEOPLE)
    print(
        f"Wrote the sample event: {len(ALL)} organisations, {people} people, {len(wishes())} requests, "
        f"{len(INTERPRETERS)} interpreters"
    )


if __name__ == "__main__":
    main()
