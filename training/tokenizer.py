"""Tokenizer: a fixed, tiny vocabulary saved with the model as JSON.

Two schemes, chosen per task:
- "words": one token per space-separated symbol, plus "\n" as its own token. Addition's
  symbols are single digits and a few words, so this is exact and short.
- "chars": one token per character (spaces included). Polynomial values such as "-20" or
  "9*x**2:" would otherwise be whole-word tokens: thousands of them, most never seen in
  training, and the model could not do arithmetic on their digits.
"""

import json

PAD, EOS, UNK = "<pad>", "<eos>", "<unk>"
NEWLINE = "\n"
SPECIALS = [PAD, EOS, UNK]


class Tokenizer:
    def __init__(self, scheme, vocab):
        assert scheme in ("words", "chars"), scheme
        self.scheme = scheme
        self.vocab = list(vocab)
        self.index = {tok: i for i, tok in enumerate(self.vocab)}
        self.pad_id, self.eos_id, self.unk_id = (self.index[s] for s in SPECIALS)
        self.newline_id = self.index[NEWLINE]

    @staticmethod
    def split(scheme, text):
        if scheme == "chars":
            return list(text)
        pieces = []
        for i, line in enumerate(text.split(NEWLINE)):
            if i:
                pieces.append(NEWLINE)
            pieces.extend(line.split(" ") if line else [])
        return pieces

    @classmethod
    def build(cls, scheme, texts):
        seen = set()
        for text in texts:
            seen.update(cls.split(scheme, text))
        seen.add(NEWLINE)
        # Sorted so the same data always gives the same ids.
        return cls(scheme, SPECIALS + sorted(seen - set(SPECIALS)))

    def encode(self, text):
        return [self.index.get(tok, self.unk_id) for tok in self.split(self.scheme, text)]

    def decode(self, ids):
        """Text of ids, stopping at <eos>; the inverse of encode for known tokens."""
        toks = []
        for i in ids:
            if i == self.eos_id:
                break
            if i != self.pad_id:
                toks.append(self.vocab[i])
        if self.scheme == "chars":
            return "".join(toks)
        out = []
        for tok in toks:
            if tok != NEWLINE and out and out[-1] != NEWLINE:
                out.append(" ")
            out.append(tok)
        return "".join(out)

    def to_json(self):
        return {
            "scheme": self.scheme,
            "vocab": self.vocab,
            "pad_id": self.pad_id,
            "eos_id": self.eos_id,
            "unk_id": self.unk_id,
            "newline_id": self.newline_id,
        }

    @classmethod
    def from_json(cls, data):
        return cls(data["scheme"], data["vocab"])

    def save(self, path):
        with open(path, "w") as f:
            json.dump(self.to_json(), f)


def positions(ids, newline_id, start=(0, 0, 0)):
    """[absolute, line, column] for each token, continuing from `start` (the position the
    next token would get). A newline belongs to the line it ends; the token after it
    starts the next line at column 0. The TypeScript decoder must compute the same."""
    absolute, line, column = start
    out = []
    for i in ids:
        out.append([absolute, line, column])
        absolute += 1
        if i == newline_id:
            line, column = line + 1, 0
        else:
            column += 1
    return out, (absolute, line, column)
