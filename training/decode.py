"""Greedy decoding with the KV cache, the same way the TypeScript decoder will do it:
feed the prompt once, then one token at a time with its (absolute, line, column)."""

import torch

from data import prompt_text
from tokenizer import positions


@torch.no_grad()
def greedy(model, tok, prompt_ids, max_new):
    """Greedy continuations of prompts that all have the same number of tokens.
    Returns a list of generated id lists (without <eos>)."""
    B = len(prompt_ids)
    ids = torch.tensor(prompt_ids, dtype=torch.long)
    pos_rows, state = [], []
    for row in prompt_ids:
        p, s = positions(row, tok.newline_id)
        pos_rows.append(p)
        state.append(s)
    logits, past = model(ids, torch.tensor(pos_rows, dtype=torch.long))
    out = [[] for _ in range(B)]
    done = [False] * B
    for _ in range(max_new):
        nxt = logits[:, -1].argmax(-1).tolist()
        step_pos = []
        for b, t in enumerate(nxt):
            if not done[b]:
                if t == tok.eos_id:
                    done[b] = True
                else:
                    out[b].append(t)
            p, state[b] = positions([t], tok.newline_id, state[b])
            step_pos.append(p)
        if all(done):
            break
        logits, past = model(torch.tensor(nxt).view(B, 1), torch.tensor(step_pos, dtype=torch.long), past)
    return out


def answer_line(text):
    return text.rstrip("\n").split("\n")[-1]


@torch.no_grad()
def evaluate(model, tok, examples, max_len, batch=32):
    """Exact match of the answer line (and of the whole target) under greedy decoding."""
    model.eval()
    groups = {}
    for ex in examples:
        groups.setdefault(len(tok.encode(prompt_text(ex))), []).append(ex)
    answer_ok = full_ok = 0
    mistakes = []
    for n_prompt, group in sorted(groups.items()):
        for i in range(0, len(group), batch):
            chunk = group[i:i + batch]
            # The reference length only caps how long a wrong output may run on.
            budget = max(len(tok.encode(ex["target"])) for ex in chunk) + 16
            budget = min(budget, max_len - n_prompt)
            outs = greedy(model, tok, [tok.encode(prompt_text(ex)) for ex in chunk], budget)
            for ex, ids in zip(chunk, outs):
                text = tok.decode(ids)
                full_ok += text == ex["target"]
                if answer_line(text) == answer_line(ex["target"]):
                    answer_ok += 1
                elif len(mistakes) < 3:
                    mistakes.append({"input": ex["input"], "expected": answer_line(ex["target"]), "got": answer_line(text)})
    n = max(len(examples), 1)
    return {"n": len(examples), "answer_accuracy": answer_ok / n, "full_accuracy": full_ok / n, "mistakes": mistakes}


def fixtures(model, tok, examples, max_len):
    """PyTorch's greedy output for fixed prompts, for the TypeScript decoder to reproduce."""
    model.eval()
    result = []
    for ex in examples:
        prompt = tok.encode(prompt_text(ex))
        max_new = min(len(tok.encode(ex["target"])) + 16, max_len - len(prompt))
        ids = greedy(model, tok, [prompt], max_new)[0]
        result.append({"prompt": prompt_text(ex), "prompt_ids": prompt, "max_new": max_new,
                       "ended_with_eos": len(ids) < max_new, "output_ids": ids, "output": tok.decode(ids)})
    return result

