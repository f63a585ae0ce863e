"""Name and language pools for fictional sample doctors.

Heritage weights loosely follow the make-up of California's physicians; each heritage
carries the languages its doctors most often speak. Names keep their diacritics (José,
Nguyễn) and, for Chinese and Korean names, a native-script form, so that search is
exercised the way real directories need it.
"""

from __future__ import annotations

from dataclasses import dataclass

# The tables below are kept compact (fmt: off): a list per line or two reads at a glance,
# where the formatter would put every name on a line of its own.
# fmt: off
# (code, English name) for every language the sample uses, in display order.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"), ("es", "Spanish"), ("cmn", "Chinese (Mandarin)"),
    ("yue", "Chinese (Cantonese)"), ("vi", "Vietnamese"), ("ko", "Korean"), ("tl", "Tagalog"),
    ("hy", "Armenian"), ("ru", "Russian"), ("fa", "Farsi"), ("ar", "Arabic"), ("hi", "Hindi"),
    ("pa", "Punjabi"), ("ja", "Japanese"), ("pt", "Portuguese"), ("fr", "French"), ("hmn", "Hmong"),
    ("km", "Khmer"), ("lo", "Lao"), ("ium", "Mien"), ("uk", "Ukrainian"),
    ("ase", "American Sign Language"),
)

# Office staff languages, with the share of offices that have a speaker (English always).
STAFF_LANGUAGE_SHARE: tuple[tuple[str, float], ...] = (
    ("es", 0.62), ("cmn", 0.07), ("yue", 0.07), ("vi", 0.07), ("ko", 0.05), ("tl", 0.09),
    ("hy", 0.03), ("ru", 0.03), ("fa", 0.04), ("ar", 0.03), ("hi", 0.03), ("pa", 0.02),
    ("hmn", 0.01), ("km", 0.01), ("ja", 0.01),
)

# Languages few doctors or offices here speak, drawn from a stream of their own
# (``generate.rare_stream``), so that adding them left every other value of a seed as it
# was. By heritage key (code, probability); then any doctor; then office staff.
RARE_DOCTOR_LANGUAGES: dict[str, tuple[tuple[str, float], ...]] = {
    "southeast_asian": (("lo", 0.35), ("ium", 0.25)),
    "russian": (("uk", 0.4),),
}
RARE_ANY_DOCTOR_LANGUAGES: tuple[tuple[str, float], ...] = (("ase", 0.01),)
RARE_STAFF_LANGUAGE_SHARE: tuple[tuple[str, float], ...] = (
    ("lo", 0.01), ("ium", 0.01), ("uk", 0.02), ("ase", 0.01),
)
# fmt: on


@dataclass(frozen=True)
class Heritage:
    key: str
    weight: float
    female: tuple[str, ...]
    male: tuple[str, ...]
    surnames: tuple[str, ...]
    languages: tuple[tuple[str, float], ...]  # language code, probability
    # Latin -> native script, for names that have one.
    native: dict[str, str] | None = None


# Per heritage: key, weight, female and male first names, surnames, languages, and the
# native-script forms where the names have them.
# fmt: off
HERITAGES: tuple[Heritage, ...] = (
    Heritage(
        "anglo", 34,
        (
            "Sarah", "Emily", "Jennifer", "Rachel", "Laura", "Katherine", "Megan", "Rebecca",
            "Elizabeth", "Anne", "Claire", "Molly", "Hannah", "Julia", "Erin", "Amy",
        ),
        (
            "Michael", "David", "James", "Robert", "Daniel", "Matthew", "Andrew", "Thomas",
            "Christopher", "John", "William", "Benjamin", "Ryan", "Peter", "Mark", "Eric",
        ),
        (
            "Smith", "Johnson", "Miller", "Anderson", "Taylor", "Thompson", "Walker", "Wright",
            "Mitchell", "Campbell", "Carter", "Bennett", "Sullivan", "O'Brien", "O'Connor",
            "McCarthy", "Fitzgerald", "Harrison", "Brooks", "Hughes", "Reed", "Coleman", "Fischer",
            "Schmidt", "Weber", "Hoffman", "Larsen", "Berg", "Smith-Jones", "Baker-Lee", "Kowalski",
            "Novak", "Rossi", "Romano", "Russo", "Costa",
        ),
        (("es", 0.12), ("fr", 0.03)),
    ),
    Heritage(
        "hispanic", 13,
        (
            "María", "Ana", "Sofía", "Lucía", "Gabriela", "Verónica", "Alejandra", "Mónica",
            "Adriana", "Isabel", "Beatriz", "Elena", "Rocío", "Inés",
        ),
        (
            "José", "Luis", "Carlos", "Jesús", "Juan", "Andrés", "Raúl", "Héctor", "Óscar",
            "Miguel", "Javier", "Ramón", "Sergio", "Martín",
        ),
        (
            "García", "Hernández", "Martínez", "López", "González", "Rodríguez", "Pérez", "Sánchez",
            "Ramírez", "Flores", "Gómez", "Díaz", "Núñez", "Peña", "Ortiz", "Gutiérrez", "Jiménez",
            "Álvarez", "Muñoz", "Domínguez", "Castañeda", "Ibáñez",
        ),
        (("es", 0.9), ("pt", 0.02)),
    ),
    Heritage(
        "chinese", 9,
        ("Wei", "Fang", "Min", "Jing", "Yan", "Hui", "Xiaoling", "Mei", "Ling", "Li"),
        ("Wei", "Lei", "Jun", "Ming", "Jian", "Hao", "Tao", "Bo", "Cheng", "Kai"),
        (
            "Wang", "Zhang", "Chen", "Liu", "Huang", "Lin", "Wu", "Zhou", "Xu", "Wong", "Chan",
            "Lam", "Ho", "Li",
        ),
        (("cmn", 0.55), ("yue", 0.45)),
        {
            "Wang": "王", "Zhang": "张", "Chen": "陈", "Liu": "刘", "Huang": "黄", "Lin": "林",
            "Wu": "吴", "Zhou": "周", "Xu": "徐", "Wong": "黄", "Chan": "陈", "Lam": "林",
            "Ho": "何", "Li": "李", "Wei": "伟", "Fang": "芳", "Min": "敏", "Jing": "静",
            "Yan": "燕", "Hui": "慧", "Xiaoling": "晓玲", "Mei": "美", "Ling": "玲", "Lei": "磊",
            "Jun": "军", "Ming": "明", "Jian": "建", "Hao": "浩", "Tao": "涛", "Bo": "波",
            "Cheng": "成", "Kai": "凯",
        },
    ),
    Heritage(
        "vietnamese", 4,
        ("Thảo", "Linh", "Hương", "Lan", "Mai", "Ngọc", "Trang", "Phương", "Hạnh", "Vy"),
        ("Minh", "Tuấn", "Dũng", "Hùng", "Long", "Quang", "Khoa", "Phúc", "Bảo", "Trí"),
        (
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ",
            "Ngô", "Dương", "Lý",
        ),
        (("vi", 0.85),),
    ),
    Heritage(
        "korean", 3,
        ("Ji-woo", "Seo-yeon", "Ha-eun", "Soo-jin", "Eun-ji", "Mi-kyung", "Hye-jin", "Yuna"),
        ("Min-jun", "Ji-hoon", "Hyun-woo", "Young-ho", "Sung-min", "Dong-hyun", "Jae-won"),
        ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"),
        (("ko", 0.85),),
        {
            "Kim": "김", "Lee": "이", "Park": "박", "Choi": "최", "Jung": "정", "Kang": "강",
            "Cho": "조", "Yoon": "윤", "Jang": "장", "Lim": "임", "Ji-woo": "지우",
            "Seo-yeon": "서연", "Ha-eun": "하은", "Soo-jin": "수진", "Eun-ji": "은지",
            "Mi-kyung": "미경", "Hye-jin": "혜진", "Yuna": "유나", "Min-jun": "민준",
            "Ji-hoon": "지훈", "Hyun-woo": "현우", "Young-ho": "영호", "Sung-min": "성민",
            "Dong-hyun": "동현", "Jae-won": "재원",
        },
    ),
    Heritage(
        "filipino", 5,
        ("Maricel", "Rowena", "Jocelyn", "Cristina", "Marites", "Liza", "Rosario", "Divina"),
        ("Rodrigo", "Ferdinand", "Renato", "Emmanuel", "Ramil", "Jericho", "Arnel", "Noel"),
        (
            "Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Dela Cruz", "Villanueva", "Mendoza",
            "Aquino", "Castillo", "Garcia", "Manalo",
        ),
        (("tl", 0.75), ("es", 0.1)),
    ),
    Heritage(
        "indian", 7,
        ("Priya", "Anjali", "Deepa", "Kavita", "Neha", "Sunita", "Meera", "Pooja"),
        ("Rajesh", "Amit", "Sanjay", "Vikram", "Arjun", "Rahul", "Suresh", "Harpreet"),
        (
            "Patel", "Shah", "Singh", "Sharma", "Gupta", "Reddy", "Rao", "Iyer", "Kaur", "Gill",
            "Desai", "Mehta",
        ),
        (("hi", 0.6), ("pa", 0.2)),
    ),
    Heritage(
        "armenian", 2,
        ("Anahit", "Lusine", "Nare", "Armine", "Tatevik"),
        ("Aram", "Hovhannes", "Tigran", "Vahe", "Armen", "Karen"),
        (
            "Petrosyan", "Hakobyan", "Sargsyan", "Grigoryan", "Kazarian", "Avetisyan", "Manukyan",
            "Ohanian",
        ),
        (("hy", 0.85), ("ru", 0.3)),
    ),
    Heritage(
        "persian", 3,
        ("Shirin", "Leila", "Nasrin", "Parisa", "Maryam", "Roya"),
        ("Reza", "Ali", "Farhad", "Dariush", "Kamran", "Babak"),
        ("Ahmadi", "Hosseini", "Karimi", "Rahimi", "Moradi", "Tehrani", "Farahani", "Nazari"),
        (("fa", 0.85),),
    ),
    Heritage(
        "arab", 2,
        ("Layla", "Nour", "Rania", "Yasmin", "Huda"),
        ("Omar", "Khalid", "Samir", "Tariq", "Youssef", "Karim"),
        ("Haddad", "Khoury", "Nassar", "Saleh", "Mansour", "Aziz", "Hamdan"),
        (("ar", 0.85), ("fr", 0.15)),
    ),
    Heritage(
        "russian", 2,
        ("Olga", "Natalia", "Svetlana", "Irina", "Yelena"),
        ("Dmitri", "Sergei", "Alexei", "Ivan", "Mikhail"),
        ("Ivanov", "Petrova", "Smirnov", "Volkova", "Kuznetsov", "Sokolova", "Orlov"),
        (("ru", 0.85),),
    ),
    Heritage(
        "black", 4,
        ("Aisha", "Keisha", "Monique", "Tiffany", "Danielle", "Imani"),
        ("Marcus", "Darnell", "Andre", "Jamal", "Terrence", "Malik"),
        (
            "Washington", "Jefferson", "Jackson", "Robinson", "Okafor", "Adeyemi", "Mensah",
            "Banks", "Freeman",
        ),
        (("fr", 0.04), ("es", 0.06)),
    ),
    Heritage(
        "japanese", 1,
        ("Yuki", "Aiko", "Emi", "Naomi", "Keiko"),
        ("Kenji", "Hiroshi", "Takeshi", "Daisuke", "Ken"),
        ("Tanaka", "Suzuki", "Yamamoto", "Nakamura", "Kobayashi", "Sato"),
        (("ja", 0.4),),
    ),
    Heritage(
        "southeast_asian", 1,
        ("Pa Nhia", "Sophea", "Chanthy", "Mai Yer"),
        ("Vang", "Sokha", "Chenda", "Tou"),
        ("Vang", "Xiong", "Lee", "Yang", "Chhay", "Sok", "Thao"),
        (("hmn", 0.5), ("km", 0.4)),
    ),
)
# fmt: on
