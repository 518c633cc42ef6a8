"""The chime at the change of round: a soft two-note sound where Qt Multimedia works, else the system bell."""

from __future__ import annotations

import math
import struct
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

RATE = 22_050
NOTES = ((659.25, 0.45), (523.25, 0.75))
"""E5 then C5, seconds each: the two-note 'ding-dong' of a public-address chime."""

_effect: QObject | None = None


def chime_wave(path: Path) -> Path:
    """Write the chime as a 16-bit mono WAV file: each note a sine that fades out."""
    frames = bytearray()
    for frequency, seconds in NOTES:
        count = int(RATE * seconds)
        for i in range(count):
            fade = (1 - i / count) ** 2
            frames += struct.pack("<h", int(12_000 * fade * math.sin(2 * math.pi * frequency * i / RATE)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    return path


def play_chime() -> None:
    """Sound the chime once; the system bell where Qt Multimedia or a sound device is missing."""
    global _effect  # one sound effect for the whole run, made on first use
    try:
        from PySide6.QtMultimedia import QSoundEffect
    except ImportError:  # Qt Multimedia missing, or its libraries (PulseAudio, ...) not installed
        QApplication.beep()
        return
    if _effect is None:
        effect = QSoundEffect(QApplication.instance())
        folder = Path(tempfile.mkdtemp(prefix="meetgrid-chime-"))
        effect.setSource(QUrl.fromLocalFile(str(chime_wave(folder / "chime.wav"))))
        effect.setVolume(0.6)
        _effect = effect
    assert isinstance(_effect, QSoundEffect)
    if _effect.status() == QSoundEffect.Status.Error:
        QApplication.beep()
        return
    _effect.play()
