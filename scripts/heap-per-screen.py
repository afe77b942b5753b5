#!/usr/bin/env python3
"""What one open screen holds, from a heap dump (ADR 0022): scripts/heap-per-screen.py heap.hprof

The memory benchmark (scripts/memory-benchmark.sh, MEMORY_HEAP_DUMP=1) writes a heap dump with N screens open. This
reads it without a heap analyser: every object reachable from the garbage collector's roots without passing through
a user's HTTP session is shared (the application, caches, classes); what the sessions reach beyond that is what the
users hold. That is split per session and told by
  - the kind of object (the class histogram of what the sessions hold),
  - the Vaadin component that holds it: each object goes to the nearest component on its path from the session
    (a breadth-first walk that enters a component's own state before its children's), and
  - the last response Vaadin keeps per UI (UIInternals.lastRequestResponse, to resend it when a browser repeats a
    message) and the state nodes per screen.
Sizes are shallow sizes as the dump gives them: the object header of the portal's JVM (8 bytes with the compact object
headers the run script turns on; --header 12 without them), fields, padding to 8 bytes."""
import argparse
import collections
import mmap
import struct
import sys

BASIC = {2: None, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
SESSION_CLASSES = ("org.apache.catalina.session.StandardSession",)


def align(n):
    return (n + 7) & ~7


class Heap:
    def __init__(self, path, header):
        self.header = header
        f = open(path, "rb")
        self.m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        end = self.m.find(b"\0")
        self.idsize = struct.unpack(">I", self.m[end + 1:end + 5])[0]
        self.id_fmt = ">Q" if self.idsize == 8 else ">I"
        self.strings, self.class_names = {}, {}
        self.supers, self.fields, self.inst_size = {}, {}, {}
        self.cls, self.size, self.refs = {}, {}, {}
        self.roots = []
        self.prim_arrays = {}
        self.parse(end + 1 + 4 + 8)

    def read_id(self, pos):
        return struct.unpack_from(self.id_fmt, self.m, pos)[0]

    def parse(self, pos):
        m, n = self.m, len(self.m)
        while pos < n:
            tag, _, length = struct.unpack_from(">BII", m, pos)
            body = pos + 9
            if tag == 0x01:
                self.strings[self.read_id(body)] = m[body + self.idsize:body + length].decode("utf-8", "replace")
            elif tag == 0x02:
                cid = self.read_id(body + 4)
                self.class_names[cid] = self.read_id(body + 8 + self.idsize)
            elif tag in (0x0C, 0x1C):
                self.heap_segment(body, body + length)
            pos = body + length
        self.class_names = {cid: self.strings.get(sid, "?").replace("/", ".") for cid, sid in self.class_names.items()}

    def heap_segment(self, pos, end):
        m, ids = self.m, self.idsize
        read_id = self.read_id
        root_skip = {0xFF: 0, 0x01: ids, 0x02: 8, 0x03: 8, 0x04: 4, 0x05: 0, 0x06: 4, 0x07: 0, 0x08: 8}
        while pos < end:
            sub = m[pos]
            pos += 1
            if sub in root_skip:
                self.roots.append(read_id(pos))
                pos += ids + root_skip[sub]
            elif sub == 0x20:
                cid = read_id(pos)
                self.supers[cid] = read_id(pos + 4 + ids)
                pos += 4 + 7 * ids
                self.inst_size[cid] = struct.unpack_from(">I", m, pos)[0]
                pos += 4
                count = struct.unpack_from(">H", m, pos)[0]
                pos += 2
                for _ in range(count):
                    t = m[pos + 2]
                    pos += 3 + (BASIC[t] or ids)
                count = struct.unpack_from(">H", m, pos)[0]
                pos += 2
                statics = []
                for _ in range(count):
                    t = m[pos + ids]
                    if t == 2:
                        statics.append(read_id(pos + ids + 1))
                    pos += ids + 1 + (BASIC[t] or ids)
                count = struct.unpack_from(">H", m, pos)[0]
                pos += 2
                fields = []
                for _ in range(count):
                    fields.append((read_id(pos), m[pos + ids]))
                    pos += ids + 1
                self.fields[cid] = fields
                self.cls[cid] = cid
                self.size[cid] = 0
                self.refs[cid] = statics
            elif sub == 0x21:
                oid = read_id(pos)
                cid = read_id(pos + 4 + ids)
                nbytes = struct.unpack_from(">I", m, pos + 4 + 2 * ids)[0]
                start = pos + 8 + 2 * ids
                self.cls[oid] = cid
                self.size[oid] = (start, nbytes)
                pos = start + nbytes
            elif sub == 0x22:
                oid = read_id(pos)
                count = struct.unpack_from(">I", m, pos + 4 + ids)[0]
                acid = read_id(pos + 8 + ids)
                start = pos + 8 + 2 * ids
                self.cls[oid] = acid
                fmt = ">%d%s" % (count, "Q" if ids == 8 else "I")
                self.refs[oid] = [r for r in struct.unpack_from(fmt, m, start) if r]
                self.size[oid] = align(self.header + 4 + count * 4)
                pos = start + count * ids
            elif sub == 0x23:
                oid = read_id(pos)
                count = struct.unpack_from(">I", m, pos + 4 + ids)[0]
                t = m[pos + 8 + ids]
                self.cls[oid] = ("prim", t)
                self.size[oid] = align(self.header + 4 + count * BASIC[t])
                self.prim_arrays[oid] = (pos + 9 + ids, count, t)
                pos += 9 + ids + count * BASIC[t]
            else:
                raise ValueError("unknown heap record 0x%02x at %d" % (sub, pos))

    def layout(self, cid, cache={}):
        if cid not in cache:
            out, c = [], cid
            while c:
                out.extend(self.fields.get(c, []))
                c = self.supers.get(c, 0)
            cache[cid] = out
        return cache[cid]

    def instance_refs(self, oid):
        """References and field names of an instance (subclass fields first, as the dump writes them)."""
        start, _ = self.size[oid]
        pos, out = start, []
        for name, t in self.layout(self.cls[oid]):
            if t == 2:
                r = self.read_id(pos)
                if r:
                    out.append((name, r))
                pos += self.idsize
            else:
                pos += BASIC[t]
        return out

    def refs_of(self, oid):
        r = self.refs.get(oid)
        if r is not None:
            return r
        if isinstance(self.size.get(oid), tuple):
            return [ref for _, ref in self.instance_refs(oid)]
        return []

    def shallow(self, oid):
        s = self.size.get(oid, 0)
        if isinstance(s, tuple):
            return align(self.header + sum(BASIC[t] or 4 for _, t in self.layout(self.cls[oid])))
        return s

    def name(self, oid):
        c = self.cls.get(oid)
        if isinstance(c, tuple):
            return {4: "boolean[]", 5: "char[]", 6: "float[]", 7: "double[]", 8: "byte[]", 9: "short[]", 10: "int[]",
                    11: "long[]"}[c[1]]
        if c == oid:
            return "class " + self.class_names.get(oid, "?")
        return self.class_names.get(c, "?")

    def subclass_of(self, cid, prefix_names, cache={}):
        key = (cid, prefix_names)
        if key not in cache:
            c, found = cid, False
            while c:
                if self.class_names.get(c) in prefix_names:
                    found = True
                    break
                c = self.supers.get(c, 0)
            cache[key] = found
        return cache[key]

    def is_instance(self, oid):
        return isinstance(self.size.get(oid), tuple)

    def field(self, oid, name):
        for n, r in self.instance_refs(oid):
            if self.strings.get(n) == name:
                return r
        return None

    def string_bytes(self, oid):
        value = self.field(oid, "value") if oid else None
        return self.size.get(value, 0) if value else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dump")
    parser.add_argument("--header", type=int, default=8)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--holder", action="append", default=[],
                        help="also list the kinds of object this component class holds (repeatable)")
    args = parser.parse_args()
    heap = Heap(args.dump, args.header)
    sessions = [o for o, c in heap.cls.items() if not isinstance(c, tuple) and c != o
                and heap.class_names.get(c) in SESSION_CLASSES]
    blocked = set(sessions)
    shared = set()
    stack = [r for r in heap.roots if r in heap.cls and r not in blocked]
    while stack:
        o = stack.pop()
        if o in shared:
            continue
        shared.add(o)
        for r in heap.refs_of(o):
            if r not in shared and r not in blocked and r in heap.cls:
                stack.append(r)
    component = ("com.vaadin.flow.component.Component",)
    retained = set()
    stack = list(sessions)
    while stack:
        o = stack.pop()
        if o in retained:
            continue
        retained.add(o)
        stack.extend(r for r in heap.refs_of(o) if r not in retained and r not in shared and r in heap.cls)
    components = [o for o in retained if heap.is_instance(o) and heap.subclass_of(heap.cls[o], component)]
    component_set = set(components)
    nodes = {o for o in retained if heap.name(o) == "com.vaadin.flow.internal.StateNode"}
    owner = {}
    # first each component takes what only its own fields and its own state node reach, never entering another
    # component or another component's state node
    for c in components:
        element = heap.field(c, "element")
        own = heap.field(element, "node") if element else None
        stack = [c]
        while stack:
            o = stack.pop()
            if o in owner:
                continue
            owner[o] = heap.name(c)
            for r in heap.refs_of(o):
                if r in retained and r not in owner and (r == own or (r not in nodes and r not in component_set)):
                    stack.append(r)
    # then what is left goes to the nearest holder on a breadth-first walk from the sessions
    queue = collections.deque()
    for s in sessions:
        owner.setdefault(s, "(HTTP session)")
        queue.append(s)
    seen = set(sessions)
    while queue:
        o = queue.popleft()
        mine = owner[o]
        for r in heap.refs_of(o):
            if r in seen or r not in retained:
                continue
            seen.add(r)
            owner.setdefault(r, mine if mine.startswith("(") else "(" + heap.name(o) + ")")
            queue.append(r)
    n = len(sessions)
    total = sum(heap.shallow(o) for o in owner)
    by_class, by_owner, count_class = collections.Counter(), collections.Counter(), collections.Counter()
    for o, who in owner.items():
        size = heap.shallow(o)
        by_class[heap.name(o)] += size
        count_class[heap.name(o)] += 1
        by_owner[who] += size
    print(f"# What one open screen holds ({args.dump})\n")
    print(f"{n} HTTP sessions hold {total / 1024:,.0f} KB beyond what the application shares: "
          f"{total / 1024 / max(n, 1):,.1f} KB per session (shallow sizes, header {args.header} bytes).\n")
    responses = []
    for o, c in heap.cls.items():
        if o in owner and not isinstance(c, tuple) and c != o and \
                heap.class_names.get(c) == "com.vaadin.flow.component.internal.UIInternals":
            responses.append(heap.string_bytes(heap.field(o, "lastRequestResponse")))
    if responses:
        print(f"UIs: {len(responses)}; the last response each keeps: {sum(responses) / len(responses):,.0f} bytes "
              f"on average (largest {max(responses):,} bytes). State nodes per session: {len(nodes) / n:,.1f}.\n")
    print("## By kind of object (KB per session, objects per session)\n")
    print("| class | KB | objects |\n|---|---:|---:|")
    for name, size in by_class.most_common(args.top):
        print(f"| `{name}` | {size / 1024 / n:,.2f} | {count_class[name] / n:,.1f} |")
    print("\n## By the component that holds it (KB per session)\n")
    print("| holder | KB |\n|---|---:|")
    for name, size in by_owner.most_common(args.top):
        print(f"| `{name}` | {size / 1024 / n:,.2f} |")
    for holder in args.holder:
        kinds, counts = collections.Counter(), collections.Counter()
        for o, who in owner.items():
            if who == holder:
                kinds[heap.name(o)] += heap.shallow(o)
                counts[heap.name(o)] += 1
        print(f"\n## What `{holder}` holds (KB per session, objects per session)\n")
        print("| class | KB | objects |\n|---|---:|---:|")
        for name, size in kinds.most_common(args.top):
            print(f"| `{name}` | {size / 1024 / n:,.2f} | {counts[name] / n:,.1f} |")
    components = collections.Counter(heap.name(o) for o in components)
    print("\n## Components per session\n")
    print("| component | per session |\n|---|---:|")
    for name, count in components.most_common(args.top):
        print(f"| `{name}` | {count / n:,.1f} |")


if __name__ == "__main__":
    sys.exit(main())
