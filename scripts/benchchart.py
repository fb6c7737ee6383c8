"""scripts/benchchart.py - docs/bench.svg for scripts/bench: per
operation a pair of horizontal bars, lk24 above Linux 686, scaled to
the larger of the two (operations differ by orders of magnitude), with
the instruction counts written at the bars' ends. A failed measurement
is an outlined, hatched bar marked "failed", never a bar of zero."""
import html
import subprocess

LABEL_W, BAR_W, ROW_H, BAR_H, TOP = 330, 420, 46, 16, 60
COLOURS = {'lk24': '#2b6cb0', 'Linux 686': '#c05621'}


def bar(y, who, value, scale):
    """The SVG of one bar at @y; @value None: failed, '': not measured."""
    x = LABEL_W
    if value is None or value == '':
        word = 'failed' if value is None else 'not measured'
        return ('<rect x="%d" y="%d" width="%d" height="%d" fill="url(#'
                'hatch)" stroke="%s"/><text x="%d" y="%d">%s: %s</text>'
                % (x, y, BAR_W // 3, BAR_H, COLOURS[who], x + BAR_W // 3
                   + 6, y + 12, who, word))
    width = max(1, int(BAR_W * value / scale))
    return ('<rect x="%d" y="%d" width="%d" height="%d" fill="%s"/>'
            '<text x="%d" y="%d">%d</text>' % (x, y, width, BAR_H,
                                              COLOURS[who], x + width + 6,
                                              y + 12, value))


def row(i, what, mine, theirs):
    y = TOP + i * ROW_H
    numbers = [v for v in (mine, theirs) if v]
    scale = max(numbers) if numbers else 1
    return ('<text x="%d" y="%d" text-anchor="end">%s</text>' %
            (LABEL_W - 10, y + 20, html.escape(what)) +
            bar(y, 'lk24', mine, scale) +
            bar(y + BAR_H + 2, 'Linux 686', theirs, scale))


def write(path, rows, root):
    """Write the chart of @rows (what, lk24, linux, unit) to @path."""
    commit = subprocess.run(['git', 'rev-parse', '--short', 'HEAD'],
                            cwd=root, capture_output=True,
                            text=True).stdout.strip()
    height = TOP + len(rows) * ROW_H + 20
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" '
             'height="%d" font-family="sans-serif" font-size="12">' %
             (LABEL_W + BAR_W + 120, height),
             '<defs><pattern id="hatch" width="6" height="6" '
             'patternUnits="userSpaceOnUse"><path d="M0,6 L6,0" '
             'stroke="#999"/></pattern></defs>',
             '<rect width="100%" height="100%" fill="white"/>',
             '<text x="10" y="22" font-size="15">Instructions per '
             'operation, QEMU -icount (lk24 %s)</text>' % commit]
    for who, colour in COLOURS.items():
        x = 10 if who == 'lk24' else 90
        parts.append('<rect x="%d" y="34" width="12" height="12" '
                     'fill="%s"/><text x="%d" y="45">%s</text>' %
                     (x, colour, x + 16, who))
    for i, (what, mine, theirs, _) in enumerate(rows):
        parts.append(row(i, what, mine, theirs))
    parts.append('</svg>')
    with open(path, 'w') as f:
        f.write('\n'.join(parts) + '\n')
