"""ONNX export with a KV cache, plus the single-file JSON model card.

Graph interface (documented again in card.json "onnx"), one call per decoding step:
  inputs   input_ids          int64 [batch, seq]
           position_ids       int64 [batch, seq, 3] = (absolute, line, column) per token
           past_key_values.i  float32 [2, batch, heads, past, head_dim], i = 0..layers-1
                              (past = 0 on the first call: a zero-length tensor)
  outputs  logits             float32 [batch, seq, vocab]
           present.i          float32 [2, batch, heads, past + seq, head_dim]
`present.i` is fed back as `past_key_values.i` on the next call. Keys are cached after
their rotary rotation, so a step only needs the positions of its own new tokens. For
positions=relative the last dimension is head_dim + 3 (each key's absolute position, line
and column ride along in the cache: card.model.cache_dim), and a cache entry at absolute
position 1e9 is masked, so rows of different lengths can share a batch (card.model.batchable).
"""

import io
import json
import os
import warnings

import torch
import torch.nn as nn

from model import CACHE_CHANNELS, PAD_POSITION

MAX_FILE_BYTES = 8 * 1024 * 1024
OPSET = 14


class _Flat(nn.Module):
    """The model with flat tensor inputs/outputs, as ONNX needs them."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, position_ids, *past):
        logits, presents = self.model(input_ids, position_ids, list(past))
        return (logits, *presents)


def onnx_interface(cfg):
    dh = cfg.cache_dim
    return {
        "opset": OPSET,
        "inputs": {
            "input_ids": "int64 [batch, seq]",
            "position_ids": "int64 [batch, seq, 3]: (absolute, line, column)",
            "past_key_values.{i}": f"float32 [2, batch, {cfg.n_heads}, past, {dh}] for i in 0..{cfg.n_layers - 1}; past=0 at first",
        },
        "outputs": {
            "logits": f"float32 [batch, seq, {cfg.vocab_size}]",
            "present.{i}": f"float32 [2, batch, {cfg.n_heads}, past+seq, {dh}]: the next call's past_key_values.{{i}}",
        },
        "positions_rule": "absolute counts every token from 0; a newline token belongs to the line it ends "
                          "(line, column as any other token); the token after a newline gets line+1, column 0.",
        "decoding": "prompt = input + newline; feed all prompt tokens at once, then greedily the argmax of the "
                    "last logits one token at a time until <eos>. Rows of a batch must share one prompt length.",
        **({"batching": f"the last {CACHE_CHANNELS} of the {dh} cache channels are each key's (absolute, line, column); "
                        f"rows of different lengths share a batch when the shorter ones are padded with cache entries "
                        f"whose absolute position is {PAD_POSITION:.0e} (never attended to)"} if cfg.positions == "relative" else {}),
    }


def export_onnx(model, path):
    cfg = model.cfg
    model.eval()
    dh = cfg.cache_dim
    # Trace with nonzero sizes everywhere; the dynamic axes make them free at run time.
    ids = torch.zeros((1, 3), dtype=torch.long)
    pos = torch.tensor([[[2, 0, 2], [3, 0, 3], [4, 1, 0]]], dtype=torch.long)
    past = [torch.zeros((2, 1, cfg.n_heads, 2, dh)) for _ in range(cfg.n_layers)]
    past_names = [f"past_key_values.{i}" for i in range(cfg.n_layers)]
    present_names = [f"present.{i}" for i in range(cfg.n_layers)]
    axes = {"input_ids": {0: "batch", 1: "seq"}, "position_ids": {0: "batch", 1: "seq"}, "logits": {0: "batch", 1: "seq"}}
    axes.update({n: {1: "batch", 3: "past"} for n in past_names})
    axes.update({n: {1: "batch", 3: "total"} for n in present_names})
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer warnings about shapes used as Python ints
        torch.onnx.export(_Flat(model), (ids, pos, *past), buffer, opset_version=OPSET,
                          input_names=["input_ids", "position_ids", *past_names],
                          output_names=["logits", *present_names], dynamic_axes=axes,
                          do_constant_folding=True)
    write_bytes(path, buffer.getvalue())


def write_bytes(path, data):
    if len(data) > MAX_FILE_BYTES:
        raise SystemExit(f"{path} would be {len(data) / 2**20:.1f} MiB; the limit is 8 MiB. Use a smaller model.")
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def write_card(card, path):
    write_bytes(path, (json.dumps(card, indent=1, ensure_ascii=False) + "\n").encode())
