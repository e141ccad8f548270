"""A small decoder-only transformer with a KV cache, written so that one forward pass
serves training, greedy decoding and ONNX export.

Every call takes `pos` [B, T, 3] = (absolute, line, column) per token (see
tokenizer.positions). The kinds of position information:
- "learned": a learned embedding of the absolute position (the usual GPT; it cannot
  represent positions past max_len and rarely generalizes past the training lengths);
- "alibi":   no position embedding; each head penalizes attention linearly with token
  distance (Press et al., 2022);
- "line":    2-D rotary embeddings: half of each head's dimensions rotate with the column
  inside the line, half with the line index. Attention then depends only on the offsets
  (columns apart, lines apart). A scratchpad line is built from the line above it at
  nearly the same columns, so the offsets a model needs stay the same at 9-10 digits
  as at 1-8; only the lines get longer and more numerous.
- "relative": no rotation; each head adds a learned bias for (lines apart, columns apart),
  both clipped (Shaw et al., 2018): every offset beyond the clip shares one bias, so a
  longer sum shows the model no offset it has not trained on. Exact small offsets (the
  same column or the next one in the line above) are where the bias is sharp; anything
  farther must be found by content. A cached key must remember its own (absolute, line,
  column), so the KV cache carries them as three extra channels (Config.cache_dim); the
  causal mask then reads each cached key's absolute position, so a cache entry whose
  absolute position is PAD_POSITION is never attended to: rows of different lengths can
  be decoded in one batch (the TypeScript decoder pads with such entries).
"""

import math
from dataclasses import asdict, dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F

POSITION_KINDS = ("line", "relative", "alibi", "learned")
NEG = -1e9  # not -inf: keeps softmax finite in every runtime
PAD_POSITION = 1e9  # "relative" only: a cache entry at this absolute position is masked for every query
CACHE_CHANNELS = 3  # "relative" only: (absolute, line, column) after each key's and value's head_dim


@dataclass
class Config:
    vocab_size: int
    d_model: int = 128
    n_layers: int = 4
    n_heads: int = 4
    d_ff: int = 512
    positions: str = "line"
    max_len: int = 512  # only "learned" is bounded by it
    rope_base: float = 100.0  # offsets here are < ~100, so low frequencies would be wasted
    # With purely relative "line" positions nothing says which line is the input: on a
    # longer input than any in training the model may skip "<scratch>". A learned
    # embedding of min(line, line_roles - 1) says so without any out-of-range value.
    line_roles: int = 0  # 0: off (also what checkpoints from before this field mean)
    # "line" only: heads (the last ones) whose rotation ignores the column, so that
    # attention by content within a line cannot depend on how long the line is.
    line_only_heads: int = 0
    # "relative" only: the clips; offsets run over lines 0..rel_lines, columns ±rel_cols.
    rel_lines: int = 3
    rel_cols: int = 6

    @property
    def head_dim(self):
        return self.d_model // self.n_heads

    @property
    def cache_dim(self):
        """Last dimension of past_key_values/present: a head's keys (and values), plus each
        key's (absolute, line, column) for "relative"."""
        return self.head_dim + (CACHE_CHANNELS if self.positions == "relative" else 0)

    def to_json(self):
        return asdict(self)


def alibi_slopes(n_heads):
    return torch.tensor([2 ** (-8 * (h + 1) / n_heads) for h in range(n_heads)])


def rotate(x, cos, sin):
    """Rotary embedding on each half of the last dim separately (column half, line half)."""
    *lead, d = x.shape
    x = x.reshape(*lead, 2, 2, d // 4)  # [.., half, pair-part, freq]
    rotated = torch.stack((-x[..., 1, :], x[..., 0, :]), dim=-2)
    return (x * cos + rotated * sin).reshape(*lead, d)


class Attention(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.h, self.dh = cfg.n_heads, cfg.d_model // cfg.n_heads
        self.qkv = nn.Linear(cfg.d_model, 3 * cfg.d_model)
        self.out = nn.Linear(cfg.d_model, cfg.d_model)
        if cfg.positions == "relative":
            self.rel = nn.Parameter(torch.zeros((cfg.rel_lines + 1) * (2 * cfg.rel_cols + 1), self.h))

    def forward(self, x, bias, rope, past, rel=None):
        """rel: for "relative", (bucket [B,T,S] of each query-key offset, new keys' (absolute,
        line, column) as [B,1,T,3] floats); the cache then holds keys and values with them."""
        B, T, _ = x.shape
        q, k, v = self.qkv(x).view(B, T, 3, self.h, self.dh).permute(2, 0, 3, 1, 4)
        if rope is not None:
            q, k = rotate(q, *rope), rotate(k, *rope)
        if rel is not None:
            buckets, key_pos = rel
            k = torch.cat((k, key_pos.expand(B, self.h, T, CACHE_CHANNELS)), dim=-1)
            v = torch.cat((v, torch.zeros_like(key_pos).expand(B, self.h, T, CACHE_CHANNELS)), dim=-1)
            bias = bias + F.embedding(buckets, self.rel).permute(0, 3, 1, 2)
        if past is not None:
            k = torch.cat((past[0], k), dim=2)
            v = torch.cat((past[1], v), dim=2)
        present = torch.stack((k, v))
        if rel is not None:
            k, v = k[..., :self.dh], v[..., :self.dh]
        att = (q @ k.transpose(-1, -2)) / math.sqrt(self.dh) + bias
        y = F.softmax(att, dim=-1) @ v
        return self.out(y.transpose(1, 2).reshape(B, T, -1)), present


class Block(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.ln1, self.ln2 = nn.LayerNorm(cfg.d_model), nn.LayerNorm(cfg.d_model)
        self.attn = Attention(cfg)
        self.mlp = nn.Sequential(nn.Linear(cfg.d_model, cfg.d_ff), nn.GELU(), nn.Linear(cfg.d_ff, cfg.d_model))

    def forward(self, x, bias, rope, past, rel=None):
        a, present = self.attn(self.ln1(x), bias, rope, past, rel)
        x = x + a
        return x + self.mlp(self.ln2(x)), present


class GPT(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        assert cfg.positions in POSITION_KINDS, cfg.positions
        assert cfg.d_model % cfg.n_heads == 0 and (cfg.d_model // cfg.n_heads) % 4 == 0
        self.cfg = cfg
        self.tok = nn.Embedding(cfg.vocab_size, cfg.d_model)
        if cfg.positions == "learned":
            self.pos = nn.Embedding(cfg.max_len, cfg.d_model)
        if cfg.positions == "alibi":
            self.register_buffer("slopes", alibi_slopes(cfg.n_heads).view(1, -1, 1, 1), persistent=False)
        if cfg.positions == "line":
            quarter = cfg.d_model // cfg.n_heads // 4
            inv = cfg.rope_base ** (-torch.arange(quarter, dtype=torch.float32) / quarter)
            self.register_buffer("inv_freq", inv, persistent=False)
            # [1,H,1,half,1,1]: the column half of the angle is zeroed for line-only heads
            mask = torch.ones(cfg.n_heads, 2)
            mask[cfg.n_heads - cfg.line_only_heads:, 0] = 0
            self.register_buffer("column_mask", mask.view(1, cfg.n_heads, 1, 2, 1, 1), persistent=False)
        if cfg.line_roles:
            self.role = nn.Embedding(cfg.line_roles, cfg.d_model)
        self.blocks = nn.ModuleList(Block(cfg) for _ in range(cfg.n_layers))
        self.ln = nn.LayerNorm(cfg.d_model)
        self.apply(self._init)

    @staticmethod
    def _init(m):
        if isinstance(m, (nn.Linear, nn.Embedding)):
            nn.init.normal_(m.weight, std=0.02)
        if isinstance(m, nn.Linear) and m.bias is not None:
            nn.init.zeros_(m.bias)

    def forward(self, ids, pos, past=None):
        """ids [B,T], pos [B,T,3], past: list per layer of [2,B,H,P,Dh] or None.
        Returns logits [B,T,V] and the list of presents [2,B,H,P+T,Dh]."""
        cfg = self.cfg
        x = self.tok(ids)
        if cfg.positions == "learned":
            x = x + self.pos(pos[..., 0])
        if cfg.line_roles:
            x = x + self.role(pos[..., 1].clamp(max=cfg.line_roles - 1))
        p = 0 if past is None else past[0].shape[3]
        # Keys sit at absolute positions 0..P+T-1: a query may see keys at or before its own.
        qpos = pos[..., 0].unsqueeze(1).unsqueeze(-1).float()  # [B,1,T,1]
        kpos = torch.arange(p + ids.shape[1], device=ids.device).float().view(1, 1, 1, -1)
        if cfg.positions == "relative" and past is not None:
            # Each cached key's own absolute position (padding: PAD_POSITION), then the new ones'.
            kabs = torch.cat((past[0][0, :, 0, :, cfg.head_dim], pos[..., 0].float()), dim=1)  # [B,S]
            kpos = kabs.unsqueeze(1).unsqueeze(1)
        bias = (kpos > qpos).float() * NEG
        if cfg.positions == "alibi":
            bias = bias - self.slopes * (qpos - kpos).clamp(min=0)
        rope = None
        if cfg.positions == "line":
            col = pos[..., 2].unsqueeze(-1).float() * self.inv_freq  # [B,T,Dh/4]
            line = pos[..., 1].unsqueeze(-1).float() * self.inv_freq
            ang = torch.stack((torch.stack((col, col), -2), torch.stack((line, line), -2)), -3)
            ang = ang.unsqueeze(1)  # [B,1,T,half=2,part=2,Dh/4]
            if cfg.line_only_heads:
                ang = ang * self.column_mask
            rope = (ang.cos(), ang.sin())
        rel = self._relative(pos, past) if cfg.positions == "relative" else None
        presents = []
        for i, block in enumerate(self.blocks):
            x, present = block(x, bias, rope, None if past is None else past[i], rel)
            presents.append(present)
        x = self.ln(x)
        return x @ self.tok.weight.t(), presents  # tied embeddings: fewer parameters

    def _relative(self, pos, past):
        """Bucket of every (query, key) offset and the new keys' (absolute, line, column); past
        keys' come from the cache's extra channels (the same in every layer and head)."""
        cfg = self.cfg
        new = pos.float()  # [B,T,3]: absolute, line, column
        keys = new if past is None else torch.cat((past[0][0, :, 0, :, cfg.head_dim:], new), dim=1)
        lines = (new[..., 1].unsqueeze(-1) - keys[..., 1].unsqueeze(1)).clamp(0, cfg.rel_lines)  # [B,T,S]
        cols = (keys[..., 2].unsqueeze(1) - new[..., 2].unsqueeze(-1)).clamp(-cfg.rel_cols, cfg.rel_cols)
        buckets = (lines * (2 * cfg.rel_cols + 1) + cols + cfg.rel_cols).long()
        return buckets, new.unsqueeze(1)


def count_params(model):
    return sum(p.numel() for p in model.parameters())
