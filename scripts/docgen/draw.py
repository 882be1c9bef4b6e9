"""Draw: a seeded random source that names its choices.

Every layout or wording decision of a generator goes through a named draw
(`d.pick("letterhead", [...])`), so that a document can list what was chosen
for it (make_family.py writes that list next to the gold) and a family can say
how many kinds of choices it makes (`Draw.names`)."""
import random


class Draw:
    def __init__(self, family, seed):
        # a string seed is hashed with SHA-512 by random.seed(): stable across runs and platforms
        self.rng = random.Random(f"bilag-family:{family}:{seed}")
        self.log = {}

    def _note(self, name, value):
        if name not in self.log:
            self.log[name] = value
        else:
            cur = self.log[name]
            if not isinstance(cur, list) or not getattr(self, "_multi_" + name, False):
                self.log[name] = [cur]
                setattr(self, "_multi_" + name, True)
            self.log[name].append(value)
        return value

    def pick(self, name, options, weights=None):
        """one of options (weights optional)"""
        options = list(options)
        if weights:
            v = self.rng.choices(options, weights=weights, k=1)[0]
        else:
            v = self.rng.choice(options)
        return self._note(name, v)

    def chance(self, name, p):
        return self._note(name, self.rng.random() < p)

    def int(self, name, lo, hi):
        return self._note(name, self.rng.randint(lo, hi))

    def real(self, name, lo, hi, digits=2):
        return self._note(name, round(self.rng.uniform(lo, hi), digits))

    def sample(self, name, options, k):
        return self._note(name, self.rng.sample(list(options), k))

    def shuffle(self, name, seq):
        seq = list(seq)
        self.rng.shuffle(seq)
        self._note(name, "shuffled")
        return seq

    # unnamed helpers for content (names, figures) that is not a layout/wording choice
    def any(self, options):
        return self.rng.choice(list(options))

    def num(self, lo, hi):
        return self.rng.randint(lo, hi)

    def names(self):
        """the kinds of choices made (for counting)"""
        return sorted(self.log)
