"""Datasets from the project CLI, turned into length-bucketed training batches.

The examples come only from `scratchpad dataset` (the one implementation of the formats);
this file never builds a scratchpad itself.
"""

import json
import os
import random
import subprocess

import numpy as np
import torch


REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def generate(task, split, n, seed, direct, path):
    """Writes the CLI's JSONL to `path` once; a resumed run reuses the same file."""
    if os.path.exists(path):
        return
    args = ["node", os.path.join(REPO, "bin", "scratchpad.mjs"), "dataset", task,
            "--split", split, "--n", str(n), "--seed", str(seed)] + (["--direct"] if direct else [])
    tmp = path + ".tmp"
    with open(tmp, "w") as out:
        subprocess.run(args, stdout=out, check=True, cwd=REPO)
    os.replace(tmp, path)  # a killed run never leaves a half-written dataset behind


def load(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def prompt_text(example):
    return example["input"] + "\n"


def encode_example(tok, example):
    """(ids, number of prompt tokens, positions of ids[:-1]): input, newline, target, <eos>.
    Positions are computed once here: per batch they would cost more than a GPU step."""
    prompt = tok.encode(prompt_text(example))
    ids = np.array(prompt + tok.encode(example["target"]) + [tok.eos_id], dtype=np.int16)
    return ids, len(prompt), fast_positions(ids[:-1], tok.newline_id)


def fast_positions(ids, newline_id):
    """tokenizer.positions for a whole sequence from its start, vectorized (int16 [n, 3])."""
    n = len(ids)
    absolute = np.arange(n)
    ends = ids == newline_id
    line = np.concatenate(([0], np.cumsum(ends)[:-1])) if n else absolute
    # A line starts at 0 and after each newline; a token's column counts from its line's start.
    starts = np.where(np.concatenate(([True], ends[:-1])) if n else ends, absolute, 0)
    column = absolute - np.maximum.accumulate(starts) if n else absolute
    return np.stack((absolute, line, column), axis=1).astype(np.int16)


class Batches:
    """Examples grouped by length so a batch of short sums is short: shuffle, cut into
    pools of 50 batches, sort each pool by length, batch it, shuffle the batches.
    Deterministic in (seed, epoch), so a resumed run continues the same order."""

    POOL = 50

    def __init__(self, encoded, batch_size, seed):
        self.encoded, self.batch_size, self.seed = encoded, batch_size, seed

    def epoch(self, epoch):
        rng = random.Random(self.seed * 1_000_003 + epoch)
        order = list(range(len(self.encoded)))
        rng.shuffle(order)
        size = self.batch_size
        batches = []
        for start in range(0, len(order), size * self.POOL):
            pool = sorted(order[start:start + size * self.POOL], key=lambda i: len(self.encoded[i][0]))
            batches += [pool[j:j + size] for j in range(0, len(pool), size)]
        batches = [b for b in batches if len(b) == size] or batches
        rng.shuffle(batches)
        return batches

    def collate(self, indices, tok, device="cpu"):
        seqs = [self.encoded[i] for i in indices]
        T = max(len(ids) for ids, _, _ in seqs) - 1
        inputs = np.full((len(seqs), T), tok.pad_id, dtype=np.int64)
        labels = np.full((len(seqs), T), -100, dtype=np.int64)  # -100: no loss
        pos = np.zeros((len(seqs), T, 3), dtype=np.int64)
        for b, (ids, n_prompt, ids_pos) in enumerate(seqs):
            n = len(ids) - 1
            inputs[b, :n] = ids[:-1]
            pos[b, :n] = ids_pos
            # Loss only where the next token is part of the target (or its <eos>).
            labels[b, n_prompt - 1:n] = ids[n_prompt:]
        return tuple(torch.from_numpy(t).to(device) for t in (inputs, pos, labels))
