#!/usr/bin/env python3
"""Checks the include graph: arrows point down between layers (app > ui > models > engine),
every include names its folder and resolves to exactly one header, and the folders inside
each layer include each other without cycles. Prints the folder graph; exits 1 on a breach."""
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..'))
LAYERS = ['engine', 'models', 'ui', 'app']  # each sees itself and the ones before it
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
GENERATED = re.compile(r'(\.moc$|^moc_|^ui_|^qrc_)')


def sources(top):
    for dirpath, _, files in os.walk(os.path.join(ROOT, top)):
        for f in files:
            if f.endswith(('.h', '.cpp')):
                yield os.path.join(dirpath, f)


def folder_of(layer, path):
    rel = os.path.relpath(path, os.path.join(ROOT, layer))
    return os.path.dirname(rel) or '.'


def main():
    errors = []
    edges = {layer: {} for layer in LAYERS}
    for index, layer in enumerate(LAYERS + ['tests']):
        visible = LAYERS[:index + 1] if layer != 'tests' else LAYERS + ['tests']
        for path in sources(layer):
            text = open(path, encoding='utf-8').read()
            rel = os.path.relpath(path, ROOT)
            for inc in INCLUDE.findall(text):
                if GENERATED.search(os.path.basename(inc)):
                    continue
                if layer == 'tests' and (
                        os.path.exists(os.path.join(os.path.dirname(path), inc)) or
                        os.path.exists(os.path.join(ROOT, 'tests', 'support', inc))):
                    continue  # a test's own helpers beside it, or the shared tests/support
                found = [v for v in visible if os.path.isfile(os.path.join(ROOT, v, inc))]
                if not found:
                    hidden = [v for v in LAYERS if os.path.isfile(os.path.join(ROOT, v, inc))]
                    why = f'a header of {hidden[0]}/, a layer above' if hidden else 'no such header'
                    errors.append(f'{rel}: #include "{inc}": {why}')
                    continue
                if len(found) > 1:
                    errors.append(f'{rel}: #include "{inc}" is ambiguous: {", ".join(found)}')
                    continue
                target_layer = found[0]
                target_folder = os.path.dirname(inc) or '.'
                if target_layer == layer and layer in LAYERS:
                    own = folder_of(layer, path)
                    if own != target_folder:
                        edges[layer].setdefault(own, set()).add(target_folder)
    for layer, graph in edges.items():
        # A cycle between folders: depth-first search with colours.
        state = {}
        stack = []

        def visit(node):
            state[node] = 1
            stack.append(node)
            for nxt in sorted(graph.get(node, ())):
                if state.get(nxt) == 1:
                    cycle = stack[stack.index(nxt):] + [nxt]
                    errors.append(f'{layer}/: folders include each other: {" -> ".join(cycle)}')
                elif nxt not in state:
                    visit(nxt)
            stack.pop()
            state[node] = 2

        for node in sorted(graph):
            if node not in state:
                visit(node)
        for node in sorted(graph):
            print(f'{layer}/{node} -> {", ".join(sorted(graph[node]))}')
    for e in errors:
        print('check_layers:', e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
