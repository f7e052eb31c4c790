"""Build ``assets/sounds/chime.wav``: the lobby's two-tone "ding-dong" before each call.

A developer's tool, run by hand when the chime should change; the kiosk only
plays the file it writes (``python packaging/tools/make_chime.py``). numpy is
a project dependency, so it runs in the kiosk's own environment, and it is
deterministic: the same code always writes the same bytes (a test checks the
shipped file against it).

Why these numbers:

* Two falling tones, E5 then C5 (659 and 523 Hz), the interval of a classic
  door or station chime: heard as "attention, an announcement" rather than an
  alarm. Both sit below 1 kHz, where age-related hearing loss (presbycusis)
  takes least, and each carries soft 2nd and 3rd harmonics so it stays
  audible through a loss that does reach it.
* Bell-like: a 10 ms attack (no click) and an exponential decay; the second
  tone starts while the first still rings, as a struck chime does.
* 1.4 s in all, ending in true silence; peak at -3 dBFS, so it is not much
  louder than the speech that follows (espeak-ng at volume 0.9 peaks near it).
* 22,050 Hz, mono, 16-bit: the format of espeak-ng's WAVs, so the chime and
  the voice play through the same output settings.
"""

from __future__ import annotations

import argparse
import wave
from pathlib import Path

import numpy as np

RATE = 22_050
TONES_HZ = (659.25, 523.25)  # E5, C5
SECOND_AT_S = 0.55
LENGTH_S = 1.4
PEAK_DBFS = -3.0
ATTACK_S = 0.010
DECAY_S = 0.28  # time constant: each tone falls by about 30 dB within 1 s
HARMONICS = ((1, 1.0), (2, 0.30), (3, 0.12))
FADE_OUT_S = 0.05

OUT = Path(__file__).resolve().parents[2] / "assets" / "sounds" / "chime.wav"


def _tone(frequency: float, seconds: float) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    wave_ = sum(weight * np.sin(2 * np.pi * frequency * n * t) for n, weight in HARMONICS)
    envelope = np.exp(-t / DECAY_S) * np.minimum(1.0, t / ATTACK_S)
    return wave_ * envelope


def chime_samples() -> np.ndarray:
    """The chime as 16-bit samples (mono, :data:`RATE` per second)."""
    total = int(LENGTH_S * RATE)
    signal = np.zeros(total)
    first = _tone(TONES_HZ[0], LENGTH_S)
    signal += first
    start = int(SECOND_AT_S * RATE)
    signal[start:] += _tone(TONES_HZ[1], LENGTH_S - SECOND_AT_S)[: total - start]
    fade = int(FADE_OUT_S * RATE)
    signal[-fade:] *= np.linspace(1.0, 0.0, fade)  # end on silence, not a cut
    peak = 10 ** (PEAK_DBFS / 20) * 32767
    signal *= peak / np.max(np.abs(signal))
    return np.round(signal).astype("<i2")


def write_chime(path: Path) -> Path:
    """Write the chime WAV to ``path`` and return it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(chime_samples().tobytes())
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT})")
    args = parser.parse_args()
    print(write_chime(args.out))


if __name__ == "__main__":
    main()
