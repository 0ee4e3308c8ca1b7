"""Writes N valid, distinct cases derived from one example: names, ids, ASINs and dates vary."""
import random
import re
import sys

template, folder, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(template, encoding="utf-8").read()
rng = random.Random(42)
first = ["Ana", "Ben", "Chloe", "Dev", "Elif", "Farid", "Grace", "Hiro", "Ines", "Jon", "Kemal", "Lena"]
last = ["Ortiz", "Park", "Nguyen", "Silva", "Meyer", "Khan", "Rossi", "Berg", "Ito", "Novak"]
for i in range(count):
    case = text.replace("Hearth & Oak Home", f"Store {i:05d}")
    case = case.replace("Daniel Ortiz", f"{rng.choice(first)} {rng.choice(last)}")
    case = case.replace("Wei Zhang", f"{rng.choice(first)} {rng.choice(last)}")
    # One new id per old one, so the notice, the orders and the evidence still agree (and the
    # case stays lint-clean: every ASIN of the notice keeps its evidence).
    orders, asins = {}, {}
    case = re.sub(r"\b(\d{3})-(\d{7})-(\d{7})\b", lambda m: orders.setdefault(m.group(0), f"{m.group(1)}-{rng.randrange(10**6, 10**7)}-{rng.randrange(10**6, 10**7)}"), case)
    case = re.sub(r"\bB0[A-Z0-9]{8}\b", lambda m: asins.setdefault(m.group(0), "B0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))), case)
    # Each client's own story differs: vary the numbers inside the seller's sentences.
    case = case.replace("1,214 messages", f"{rng.randrange(200, 3000):,} messages").replace("all four", rng.choice(["all three", "all five", "all six"]))
    open(f"{folder}/client-{i:05d}.toml", "w", encoding="utf-8").write(case)
