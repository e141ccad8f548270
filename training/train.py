"""Train one scratchpad model, resuming from its latest checkpoint, then export it.

  /usr/bin/python3 training/train.py --task addition --variant scratchpad [--tiny] [--out models]

(`npm run train -- …` runs this with one thread and checks that PyTorch is installed.)
"""

import argparse
import glob
import math
import os
import signal
import sys
import time
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the repository (it is not gitignored)

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from data import REPO, Batches, encode_example, generate, load  # noqa: E402
from decode import evaluate, fixtures  # noqa: E402
from export import export_onnx, onnx_interface, write_card  # noqa: E402
from model import GPT, POSITION_KINDS, Config, count_params  # noqa: E402
from tokenizer import Tokenizer  # noqa: E402

# Per model: data sizes (the paper's where it gives them), steps sized for ~40 min on one
# thread (README.md has the measurements), evaluation sample sizes.
DEFAULTS = {
    # Relative positions with line roles: the only scheme of those tried that carries to 9-10 digits.
    ("addition", "scratchpad"): dict(n_train=100_000, steps=3000, n_test=500, n_ood=200, scheme="words", max_len=512,
                                     positions="relative", line_roles=3),
    ("addition", "direct"): dict(n_train=100_000, steps=5000, n_test=1000, n_ood=500, scheme="words", max_len=64),
    ("polynomial", "scratchpad"): dict(n_train=10_000, steps=3000, n_test=2000, n_ood=0, scheme="chars", max_len=192),
    ("polynomial", "direct"): dict(n_train=10_000, steps=3000, n_test=2000, n_ood=0, scheme="chars", max_len=96),
}
TINY = dict(n_train=300, steps=30, n_test=8, n_ood=4, batch=8, d_model=32, layers=2, heads=2, every=10, warmup=3)


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--task", choices=["addition", "polynomial"], required=True)
    p.add_argument("--variant", choices=["scratchpad", "direct"], default="scratchpad")
    p.add_argument("--steps", type=int, help="total optimizer steps (a resumed run may raise it)")
    p.add_argument("--batch", type=int, default=32, help="examples per step (the paper: 32)")
    p.add_argument("--seed", type=int, default=1, help="seeds the datasets, the initialization and the order")
    p.add_argument("--positions", choices=POSITION_KINDS, help="default: relative for addition-scratchpad, else line")
    p.add_argument("--line-roles", type=int, help="embed min(line, N-1): tells the input line apart "
                                                  "(0: off; default 3 for addition-scratchpad, else 0)")
    p.add_argument("--line-only-heads", type=int, default=0, help="positions=line: heads whose rotation ignores columns")
    p.add_argument("--n-train", type=int, help="training examples (default: the paper's count for the task)")
    p.add_argument("--d-model", type=int, default=128)
    p.add_argument("--layers", type=int, default=4)
    p.add_argument("--heads", type=int, default=4)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--checkpoint-every", type=int, default=250)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--device", default="cpu", help="cpu, or cuda where there is a GPU")
    p.add_argument("--time-budget", type=float, default=0,
                   help="seconds: train until then, the schedule following elapsed time rather than steps "
                        "(for a machine of unknown speed); the steps reached are recorded. 0: by --steps")
    p.add_argument("--no-export", action="store_true", help="train (and checkpoint) only: no evaluation, ONNX or card")
    p.add_argument("--init-from", help="a checkpoint whose weights (and model and tokenizer) to start from: "
                                          "more training with a fresh optimizer and schedule")
    p.add_argument("--rel-cols", type=int, default=6, help="positions=relative: columns apart beyond this share a bias")
    p.add_argument("--data-only", action="store_true", help="make the datasets and stop (for a machine without Node)")
    p.add_argument("--tiny", action="store_true", help="a seconds-long run of a tiny model (CI); id gets '-tiny'")
    p.add_argument("--out", default=os.path.join(REPO, "models"), help="models folder (default: models/)")
    a = p.parse_args(argv)
    d = dict(DEFAULTS[(a.task, a.variant)])
    warmup = 100
    if a.tiny:
        d.update(n_train=TINY["n_train"], n_test=TINY["n_test"], n_ood=min(d["n_ood"], TINY["n_ood"]))
        a.steps = a.steps or TINY["steps"]
        a.batch, a.d_model, a.layers, a.heads = TINY["batch"], TINY["d_model"], TINY["layers"], TINY["heads"]
        a.checkpoint_every, warmup = TINY["every"], TINY["warmup"]
    if a.n_train:
        d["n_train"] = a.n_train
    a.steps = a.steps or d["steps"]
    a.positions = a.positions or d.get("positions", "line")
    a.line_roles = d.get("line_roles", 0) if a.line_roles is None else a.line_roles
    a.data, a.warmup = d, warmup
    a.id = f"{a.task}-{a.variant}" + ("-tiny" if a.tiny else "")
    a.out = os.path.abspath(a.out)
    a.ckpt_dir = os.path.join(a.out, ".checkpoints", a.id)
    return a


def lr_at(step, a, time_s=0.0):
    """Linear warmup, then cosine decay to a tenth (over the time budget if there is one)."""
    if step < a.warmup:
        return a.lr * (step + 1) / a.warmup
    if a.time_budget:
        t = min(1.0, time_s / a.time_budget)
    else:
        t = min(1.0, (step - a.warmup) / max(1, a.steps - a.warmup))
    return a.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * t)))


def make_data(a):
    data_dir = os.path.join(a.ckpt_dir, "data")
    os.makedirs(data_dir, exist_ok=True)
    direct = a.variant == "direct"
    splits = {"train": a.data["n_train"], "test": a.data["n_test"], "ood": a.data["n_ood"]}
    out = {}
    for split, n in splits.items():
        if n:
            path = os.path.join(data_dir, f"{split}-{n}-seed{a.seed}.jsonl")
            generate(a.task, split, n, a.seed, direct, path)
            out[split] = {"path": path, "n": n, "command": f"npm run -s cli -- dataset {a.task} --split {split} --n {n} --seed {a.seed}" + (" --direct" if direct else "")}
    return out


def latest_checkpoint(a):
    found = sorted(glob.glob(os.path.join(a.ckpt_dir, "step-*.pt")))
    return found[-1] if found else None


def save_checkpoint(a, state):
    path = os.path.join(a.ckpt_dir, f"step-{state['step']:07d}.pt")
    torch.save(state, path + ".tmp")
    os.replace(path + ".tmp", path)  # never a half-written latest checkpoint
    for old in sorted(glob.glob(os.path.join(a.ckpt_dir, "step-*.pt")))[:-2]:
        os.remove(old)
    return path


def fmt_time(s):
    s = int(s)
    return f"{s // 3600}h{s // 60 % 60:02d}m" if s >= 3600 else f"{s // 60}m{s % 60:02d}s"


class Progress:
    """A bar redrawn in place on a terminal; one line per interval in a log file."""

    def __init__(self, total, start, budget=0.0, start_time_s=0.0):
        self.total, self.start_step, self.t0 = total, start, time.time()
        self.budget, self.start_time_s = budget, start_time_s
        self.tty = sys.stdout.isatty()
        self.last_print = 0.0

    def update(self, step, loss, tok_s, time_s):
        now = time.time()
        done = step - self.start_step
        s_step = (now - self.t0) / max(done, 1)
        if self.budget:  # a time budget: progress is time spent, the step count is whatever fits
            frac, of, eta = min(1.0, time_s / self.budget), "", max(0.0, self.budget - time_s)
        else:
            frac, of, eta = step / self.total, f"/{self.total}", s_step * (self.total - step)
        bar = "#" * int(frac * 24) + "." * (24 - int(frac * 24))
        line = (f"step {step:>5}{of} [{bar}] {frac:4.0%} loss {loss:.4f} | "
                f"{tok_s / 1000:5.1f}k tok/s | {s_step:.3f} s/step | ETA {fmt_time(eta)}")
        if self.tty:
            print("\r" + line, end="", flush=True)
        elif now - self.last_print >= 20 or step == self.total or done <= 1 or frac >= 1:
            print(line, flush=True)
            self.last_print = now

    def close(self):
        if self.tty:
            print(flush=True)


def _interrupt(*_):
    raise KeyboardInterrupt


def main(argv):
    a = parse_args(argv)
    torch.set_num_threads(a.threads)
    os.makedirs(a.ckpt_dir, exist_ok=True)
    print(f"• {a.id}: making data with the project CLI…", flush=True)
    data = make_data(a)
    if a.data_only:
        print("• " + ", ".join(v["path"] for v in data.values()), flush=True)
        return 0
    train = load(data["train"]["path"])

    ckpt_path = latest_checkpoint(a)
    ckpt = torch.load(ckpt_path, map_location="cpu") if ckpt_path else None
    init = torch.load(a.init_from, map_location="cpu") if a.init_from and not ckpt else None
    a.init_info = ckpt.get("init_from") if ckpt else None
    if init:
        a.init_info = {"checkpoint": os.path.basename(a.init_from), "steps": init["step"],
                       "time_s": round(init["time_s"], 1), "device": init.get("device_name"), "seed": init["seed"],
                       "lr": init.get("lr"), "earlier": init.get("init_from"), "losses": init["losses"]}
        print(f"• starting from {a.init_from} (step {init['step']}) with a fresh optimizer and schedule", flush=True)
    if ckpt or init:
        ckpt_or_init = ckpt or init
        tok = Tokenizer.from_json(ckpt_or_init["tokenizer"])
        cfg = Config(**ckpt_or_init["config"])
    if ckpt:
        if ckpt["seed"] != a.seed:
            raise SystemExit(f"{ckpt_path} was trained with --seed {ckpt['seed']}; delete {a.ckpt_dir} to start over")
        if cfg.positions != a.positions or cfg.d_model != a.d_model:
            print(f"• note: the checkpoint's model (positions={cfg.positions}, d={cfg.d_model}) wins over the flags", flush=True)
    elif not init:
        tok = Tokenizer.build(a.data["scheme"], [ex["input"] + "\n" + ex["target"] for ex in train])
        cfg = Config(vocab_size=len(tok.vocab), d_model=a.d_model, n_layers=a.layers, n_heads=a.heads,
                     d_ff=4 * a.d_model, positions=a.positions, max_len=a.data["max_len"], line_roles=a.line_roles,
                     line_only_heads=a.line_only_heads, rel_cols=a.rel_cols)
    torch.manual_seed(a.seed)
    if a.device.startswith("cuda"):
        torch.backends.cuda.matmul.allow_tf32 = True
    model = GPT(cfg).to(a.device)
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, betas=(0.9, 0.98), weight_decay=0.01)
    state = {"step": 0, "epoch": 0, "batch_in_epoch": 0, "time_s": 0.0, "tokens": 0, "losses": []}
    if init:
        model.load_state_dict(init["model"])
    if ckpt:
        model.load_state_dict(ckpt["model"])
        try:
            opt.load_state_dict(ckpt["optimizer"])
        except (ValueError, KeyError) as err:  # e.g. saved by another torch version: only matters for more steps
            print(f"• note: optimizer state not restored ({err})", flush=True)
        torch.set_rng_state(ckpt["rng"])
        state = {k: ckpt[k] for k in state}
        print(f"• resuming from step {state['step']} ({ckpt_path})", flush=True)
    print(f"• model: {count_params(model):,} parameters, d={cfg.d_model}, layers={cfg.n_layers}, heads={cfg.n_heads}, "
          f"positions={cfg.positions}{f'+{cfg.line_roles} line roles' if cfg.line_roles else ''}, vocab={cfg.vocab_size}; {len(train):,} examples, batch {a.batch}, "
          + (f"a {a.time_budget:g} s budget" if a.time_budget else f"{a.steps} steps")
          + f", {torch.get_num_threads()} thread(s) on {a.device}", flush=True)

    if a.time_budget:
        a.steps = state["step"] if state["time_s"] >= a.time_budget else 10**9
    here = torch.cuda.get_device_name() if a.device.startswith("cuda") else f"cpu, {torch.get_num_threads()} thread(s)"
    a.trained_on = ckpt.get("device_name", "cpu") if ckpt and state["step"] >= a.steps else here
    encoded = [encode_example(tok, ex) for ex in train]
    batches = Batches(encoded, a.batch, a.seed)
    order = batches.epoch(state["epoch"])

    def checkpoint():
        return save_checkpoint(a, {**state, "model": {k: v.cpu() for k, v in model.state_dict().items()},
                                   "optimizer": opt.state_dict(), "device_name": here,
                                   "init_from": a.init_info, "lr": a.lr,
                                   "rng": torch.get_rng_state(), "config": cfg.to_json(),
                                   "tokenizer": tok.to_json(), "seed": a.seed})

    # A kill (Ctrl-C, SIGTERM) saves where it got to, so a rerun loses nothing.
    signal.signal(signal.SIGTERM, _interrupt)
    progress = Progress(a.steps, state["step"], a.time_budget, state["time_s"])
    window, window_tokens, window_t = [], 0, time.time()
    model.train()
    try:
        while state["step"] < a.steps and not (a.time_budget and state["time_s"] >= a.time_budget):
            if state["batch_in_epoch"] >= len(order):
                state["epoch"], state["batch_in_epoch"] = state["epoch"] + 1, 0
                order = batches.epoch(state["epoch"])
            t0 = time.time()
            inputs, pos, labels = batches.collate(order[state["batch_in_epoch"]], tok, a.device)
            for g in opt.param_groups:
                g["lr"] = lr_at(state["step"], a, state["time_s"])
            logits, _ = model(inputs, pos)
            loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), labels.reshape(-1), ignore_index=-100)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            n_tok = int((inputs != tok.pad_id).sum())
            state["step"] += 1
            state["batch_in_epoch"] += 1
            state["time_s"] += time.time() - t0
            state["tokens"] += n_tok
            window.append(loss.item())  # also waits for the GPU, so time_s is real
            window_tokens += n_tok
            budget_done = a.time_budget and state["time_s"] >= a.time_budget
            if budget_done:
                a.steps = state["step"]
            if state["step"] == 1 or state["step"] % max(1, a.checkpoint_every // 10) == 0 or state["step"] == a.steps:
                state["losses"].append([state["step"], sum(window) / len(window)])
                progress.update(state["step"], state["losses"][-1][1], window_tokens / max(time.time() - window_t, 1e-9),
                                state["time_s"])
                window, window_tokens, window_t = [], 0, time.time()
            if state["step"] % a.checkpoint_every == 0 or state["step"] == a.steps:
                checkpoint()
    except KeyboardInterrupt:
        for sig in (signal.SIGINT, signal.SIGTERM):  # a second signal must not cut the save short
            signal.signal(sig, signal.SIG_IGN)
        progress.close()
        print(f"• interrupted; saved {checkpoint()}; rerun the same command to resume", flush=True)
        return 130
    progress.close()
    if a.no_export:
        checkpoint()
        return 0
    finish(a, model.cpu(), tok, cfg, data, state)
    return 0


def finish(a, model, tok, cfg, data, state):
    t0 = time.time()
    results = {}
    for split in ("test", "ood"):
        if split in data:
            results[split] = evaluate(model, tok, load(data[split]["path"]), cfg.max_len)
            r = results[split]
            print(f"• greedy on {r['n']} {split} examples: answer {r['answer_accuracy']:.1%}, whole target {r['full_accuracy']:.1%}", flush=True)
    fixed = load(data["test"]["path"])[:3] + (load(data["ood"]["path"])[:1] if "ood" in data else [])
    model_dir = os.path.join(a.out, a.id)
    os.makedirs(model_dir, exist_ok=True)
    onnx_path = os.path.join(model_dir, "model.onnx")
    export_onnx(model, onnx_path)
    losses = state["losses"]
    earlier = a.init_info or {}
    if earlier.get("losses"):  # one curve over both runs: this run's steps continue the earlier one's
        losses = earlier["losses"] + [[step + earlier["steps"], loss] for step, loss in losses]
    stride = max(1, len(losses) // 100)
    card = {
        "id": a.id,
        "task": a.task,
        "variant": a.variant,
        "format": "FORMATS.md contract v1; prompt = input + newline, completion = target + <eos>",
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "files": {"onnx": "model.onnx", "onnx_bytes": os.path.getsize(onnx_path)},
        "tokenizer": tok.to_json(),
        "model": {**cfg.to_json(), "cache_dim": cfg.cache_dim,
                  "batchable": cfg.positions == "relative", "parameters": count_params(model),
                  "max_len_note": "bounds positions only for positions=learned; decoding stops at max_len tokens in all"},
        "onnx": onnx_interface(cfg),
        "data": {"generator": "the project CLI (bin/scratchpad.mjs), never a second implementation",
                 **{k: {"n": v["n"], "seed": a.seed, "command": v["command"]} for k, v in data.items()}},
        "training": {
            "steps": state["step"], "batch": a.batch, "lr": a.lr,
            "schedule": f"warmup {a.warmup}, cosine to lr/10" + (f" over a {a.time_budget:g} s time budget" if a.time_budget else ""),
            "device": a.trained_on,
            **({"started_from": {k: v for k, v in a.init_info.items() if k != "losses"},
                "total_steps": earlier["steps"] + state["step"]} if a.init_info else {}),
            "optimizer": "AdamW(0.9, 0.98), weight decay 0.01, clip 1.0", "seed": a.seed,
            "threads": torch.get_num_threads(), "torch": torch.__version__,
            "time_s": round(state["time_s"], 1), "s_per_step": round(state["time_s"] / max(state["step"], 1), 3),
            "tokens_per_s": round(state["tokens"] / max(state["time_s"], 1e-9)),
            "first_loss": losses[0][1] if losses else None, "final_loss": losses[-1][1] if losses else None,
            "loss_curve": losses[::stride] + ([losses[-1]] if losses and losses[-1] not in losses[::stride] else []),
        },
        "eval": {**results, "method": "greedy, exact match of the answer line (last line of the target)",
                 "time_s": round(time.time() - t0, 1)},
        "fixtures": fixtures(model, tok, fixed, cfg.max_len),
    }
    write_card(card, os.path.join(model_dir, "card.json"))
    print(f"• wrote {onnx_path} ({card['files']['onnx_bytes'] / 2**20:.1f} MiB) and card.json", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
