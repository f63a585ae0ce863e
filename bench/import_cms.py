"""Reading the CMS Doctors and Clinicians file, against a plain ``csv.reader`` pass.

    python -m bench.import_cms [--rows N] [--rounds K] [--seed S]

Generates (in a temporary folder, deterministic for a seed) a file of N rows in the
2018-2022 layout (a space after each comma, 40 columns): about 30% of rows in California
and 25% with a primary care specialty, valid NPIs, some ZIPs without their leading zero
and phones in scientific notation. Clinicians come from a fixed pool of 60,000, each with
one to three practice sites (group x address), and a row is one of them drawn at random,
so a bigger file repeats clinicians as the real national file does (about 2.7 million rows
for about 1.2 million clinicians).

Then K rounds, alternating in one process: a plain ``csv.reader`` pass over the file (the
baseline: it only splits the fields) and ``read_clinicians``. Prints rows/s of each
(medians) and their ratio (the target is at most 3x the baseline's time). Last, the peak
RSS (VmHWM: the process's own ``ru_maxrss``) of a fresh process that reads a quarter-size
file and the full file, to show that memory follows the kept clinicians and offices, not
the file. One JSON line at the end.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hmo_desktop.datapack.generate import npi_check_digit
from hmo_desktop.datapack.importers.cms_clinicians import load_pcp_labels, read_clinicians
from hmo_desktop.paths import sources_dir

ROOT = Path(__file__).resolve().parent.parent
POOL = 60_000

# fmt: off
HEADER = [
    "NPI", "Ind_PAC_ID", "Ind_enrl_ID", "lst_nm", "frst_nm", "mid_nm", "suff", "gndr", "Cred",
    "Med_sch", "Grd_yr", "pri_spec", "sec_spec_1", "sec_spec_2", "sec_spec_3", "sec_spec_4",
    "sec_spec_all", "org_nm", "org_pac_id", "num_org_mem", "adr_ln_1", "adr_ln_2",
    "ln_2_sprs", "cty", "st", "zip", "phn_numbr", "hosp_afl_1", "hosp_afl_lbn_1",
    "hosp_afl_2", "hosp_afl_lbn_2", "hosp_afl_3", "hosp_afl_lbn_3", "hosp_afl_4",
    "hosp_afl_lbn_4", "hosp_afl_5", "hosp_afl_lbn_5", "ind_assgn", "grp_assgn", "adrs_id",
]
PCP = ["FAMILY PRACTICE", "INTERNAL MEDICINE", "PEDIATRIC MEDICINE", "OBSTETRICS/GYNECOLOGY",
       "GENERAL PRACTICE"]
OTHER = ["CARDIOLOGY", "DIAGNOSTIC RADIOLOGY", "NURSE PRACTITIONER", "PHYSICAL THERAPIST",
         "ANESTHESIOLOGY", "ORTHOPEDIC SURGERY", "EMERGENCY MEDICINE", "DERMATOLOGY",
         "PSYCHIATRY", "OPHTHALMOLOGY", "GASTROENTEROLOGY", "CHIROPRACTIC", "NEUROLOGY",
         "PHYSICIAN ASSISTANT", "GENERAL SURGERY", "UROLOGY"]
STATES = ["TX", "NY", "FL", "PA", "IL", "OH", "MI", "NC", "GA", "NJ", "MA", "WA", "VA", "AZ",
          "NV", "OR", "MN", "MO", "CT", "RI"]
CITIES = ["LOS ANGELES", "SAN DIEGO", "SAN JOSE", "SAN FRANCISCO", "FRESNO", "SACRAMENTO",
          "OAKLAND", "BAKERSFIELD", "ANAHEIM", "RIVERSIDE", "SAN LUIS OBISPO", "EUREKA"]
LAST = ["NGUYEN", "GARCIA", "SMITH", "KIM", "PATEL", "JOHNSON", "LEE", "MARTINEZ", "CHEN",
        "O'BRIEN", "MCDONALD", "DE LA CRUZ", "WILLIAMS", "TRAN", "HERNANDEZ", "SHAH"]
FIRST = ["ANNA", "JOHN", "MARIA", "DAVID", "LINDA", "JAMES", "SUSAN", "MICHAEL", "PRIYA",
         "WEI", "JOSE", "EMILY", "AHMED", "GRACE"]
STREETS = ["MAIN ST", "OAK AVE", "EL CAMINO REAL", "BROADWAY", "MISSION ST", "FIRST ST",
           "WILSHIRE BLVD", "PINE ST", "CEDAR AVE", "UNIVERSITY AVE"]
# fmt: on


def npi(n: int) -> str:
    first9 = f"1{n:08d}"
    return first9 + str(npi_check_digit(first9))


def _line(fields: list[str]) -> str:
    """One CSV line written as the 2018-2022 files are: a space after each comma."""
    return ", ".join(f'"{f}"' if "," in f else f for f in fields) + "\n"


def clinician_lines(rng: random.Random) -> list[list[str]]:
    """The pool: for each clinician, the lines of their practice sites."""
    pool = []
    for n in range(POOL):
        in_ca = rng.random() < 0.30
        spec = rng.choice(PCP) if rng.random() < 0.25 else rng.choice(OTHER)
        state = "CA" if in_ca else rng.choice(STATES)
        person = [
            npi(10_000_000 + n * 7),
            str(rng.randrange(10**9, 10**10)),
            f"I{rng.randrange(10**13, 10**14)}",
            rng.choice(LAST),
            rng.choice(FIRST),
            rng.choice(["", "A", "B", "M", "J"]),
            rng.choice(["", "", "", "JR"]),
            rng.choice("FM"),
            rng.choice(["MD", "DO", "", "NP", "PA"]),
            "OTHER",
            str(rng.randrange(1970, 2020)),
            spec,
            rng.choice(["", "", "INTERNAL MEDICINE", "GERIATRIC MEDICINE"]),
            "",
            "",
            "",
            "",
        ]
        sites = []
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
            pac = "" if rng.random() < 0.15 else str(rng.randrange(10**9, 10**10))
            zip9 = f"{rng.randrange(90001, 96162)}{rng.randrange(10**4):04d}"
            if not in_ca:
                zip9 = f"{rng.randrange(1001, 89999):05d}{rng.randrange(10**4):04d}"
                if zip9.startswith("0") and rng.random() < 0.2:
                    zip9 = zip9[1:]  # a spreadsheet dropped the leading zero
            phone = f"{rng.randrange(200, 999)}555{rng.randrange(10**4):04d}"
            if rng.random() < 0.02:
                phone = f"{phone[0]}.{phone[1:]}E9"
            site = [
                f"{rng.choice(LAST)} MEDICAL GROUP, INC" if pac else "",
                pac,
                str(rng.randrange(1, 900)) if pac else "",
                f"{rng.randrange(1, 9999)} {rng.choice(STREETS)}",
                rng.choice(["", "", f"SUITE {rng.randrange(100, 500)}"]),
                rng.choice(["", "Y"]),
                rng.choice(CITIES) if in_ca else "SPRINGFIELD",
                state,
                zip9,
                phone,
                str(rng.randrange(10**5, 10**6)),
                "GENERAL HOSPITAL",
                *[""] * 8,
                rng.choice("YN"),
                rng.choice("YN"),
                f"{state}{rng.randrange(10**9)}",
            ]
            sites.append(person + site)
        pool.append(sites)
    return pool


def write_file(path: Path, rows: int, seed: int) -> None:
    rng = random.Random(seed)
    pool = [[_line(s) for s in sites] for sites in clinician_lines(rng)]
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(", ".join(HEADER) + "\n")
        chunk: list[str] = []
        for _ in range(rows):
            chunk.append(rng.choice(rng.choice(pool)))
            if len(chunk) == 10_000:
                fh.write("".join(chunk))
                chunk.clear()
        fh.write("".join(chunk))


def baseline(path: Path) -> int:
    """A plain csv.reader pass: split every row, look at nothing."""
    n = 0
    with path.open(encoding="utf-8", newline="") as fh:
        for _ in csv.reader(fh):
            n += 1
    return n - 1


# The child's own peak: VmHWM of /proc/self/status. (resource.getrusage's ru_maxrss would
# carry this benchmark's own peak over: Linux keeps it across fork and exec.)
RSS_CHILD = r"""
import sys
from pathlib import Path
from hmo_desktop.datapack.importers.cms_clinicians import load_pcp_labels, read_clinicians
from hmo_desktop.paths import sources_dir
def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1])
pcp = load_pcp_labels(sources_dir() / "pcp_specialty_map.csv")
before = status("VmHWM")
imp = read_clinicians(Path(sys.argv[1]), pcp)
after = status("VmHWM")
print(before, after, imp.report.rows_read, imp.report.kept, len(imp.practitioners),
      len(imp.offices), len(imp.practice_sites))
"""


def peak_rss(path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", RSS_CHILD, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    before, after, rows, kept, doctors, offices, sites = map(int, out.stdout.split())
    return {
        "rows": rows,
        "kept rows": kept,
        "doctors": doctors,
        "offices": offices,
        "practice sites": sites,
        "peak RSS before reading MB": before / 1024,
        "peak RSS MB": after / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    pcp = load_pcp_labels(sources_dir() / "pcp_specialty_map.csv")
    with tempfile.TemporaryDirectory(prefix="bench-cms-") as tmp:
        big, small = Path(tmp) / "dac-full.csv", Path(tmp) / "dac-quarter.csv"
        t = time.perf_counter()
        write_file(big, args.rows, args.seed)
        write_file(small, args.rows // 4, args.seed)
        size_mb = big.stat().st_size / 1e6
        print(
            f"generated {args.rows:,} rows ({size_mb:.0f} MB) and {args.rows // 4:,} rows "
            f"in {time.perf_counter() - t:.0f} s",
            flush=True,
        )
        times: dict[str, list[float]] = {"csv.reader": [], "read_clinicians": []}
        kept = 0
        for _ in range(args.rounds):
            t = time.perf_counter()
            assert baseline(big) == args.rows
            times["csv.reader"].append(time.perf_counter() - t)
            t = time.perf_counter()
            imp = read_clinicians(big, pcp)
            times["read_clinicians"].append(time.perf_counter() - t)
            assert imp.report.rows_read == args.rows
            kept = imp.report.kept
        rss = {"quarter": peak_rss(small), "full": peak_rss(big)}
    med = {k: statistics.median(v) for k, v in times.items()}
    ratio = med["read_clinicians"] / med["csv.reader"]
    results: dict[str, object] = {
        "rows": args.rows,
        "file MB": round(size_mb, 1),
        "kept rows": kept,
        "csv.reader rows/s": round(args.rows / med["csv.reader"]),
        "read_clinicians rows/s": round(args.rows / med["read_clinicians"]),
        "time ratio (read_clinicians / csv.reader)": round(ratio, 2),
        "peak RSS": {k: {m: round(x, 1) for m, x in v.items()} for k, v in rss.items()},
    }
    print(f"{args.rounds} alternated rounds over {args.rows:,} rows ({size_mb:.0f} MB), medians")
    print(f"{'pass':24} {'seconds':>9} {'rows/s':>11}")
    for name, secs in med.items():
        print(f"{name:24} {secs:9.2f} {args.rows / secs:11,.0f}")
    print(f"time ratio read_clinicians / csv.reader: {ratio:.2f} (target <= 3)")
    print(
        f"{'fresh process':14} {'rows':>10} {'kept':>8} {'doctors':>8} {'offices':>8} "
        f"{'sites':>8} {'before':>13} {'peak RSS':>9}"
    )
    for name, r in rss.items():
        print(
            f"{name:14} {r['rows']:10,.0f} {r['kept rows']:8,.0f} {r['doctors']:8,.0f} "
            f"{r['offices']:8,.0f} {r['practice sites']:8,.0f} "
            f"{r['peak RSS before reading MB']:10.1f} MB {r['peak RSS MB']:6.1f} MB"
        )
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
