#!/usr/bin/env python3
"""Where a flight recording of the portal spent its CPU (ADR 0022): scripts/jfr-profile.py portal-1000.jfr

Each execution sample is given to the first frame from the top of its stack (the running method) that belongs to a
known part — the JDK's own frames go to whoever called them — and the parts are summed: bcrypt, the database driver,
Hibernate, Spring's data access, Vaadin, Jackson, the portal's own code, Spring Security, Tomcat, the rest. Then the
portal's methods nearest the top of the stack, and the running methods themselves (the hot methods)."""
import collections
import re
import subprocess
import sys

PARTS = [
    ("bcrypt (sign-in)", ("org.springframework.security.crypto.bcrypt",)),
    ("database driver (MariaDB Connector/J, HikariCP)", ("org.mariadb.", "com.zaxxer.")),
    ("Hibernate", ("org.hibernate.",)),
    ("Spring data access (JDBC template, Data JPA, transactions)", ("org.springframework.jdbc", "org.springframework.data",
                                                                  "org.springframework.orm", "org.springframework.transaction")),
    ("Jackson (JSON)", ("com.fasterxml.jackson", "tools.jackson")),
    ("Vaadin (UIDL, state tree, routing, components)", ("com.vaadin.",)),
    ("the portal's views and services", ("vn.gov.cchc.",)),
    ("Spring Security", ("org.springframework.security",)),
    ("Spring (AOP, beans, web)", ("org.springframework.",)),
    ("Tomcat", ("org.apache.catalina", "org.apache.coyote", "org.apache.tomcat")),
    ("logging", ("ch.qos.logback", "org.slf4j")),
    ("Lucene", ("org.apache.lucene",)),
]
JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.", "jakarta.")


def part_of(frame):
    for name, prefixes in PARTS:
        if frame.startswith(prefixes):
            return name
    return None


def samples(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                         capture_output=True, text=True, check=True).stdout
    for event in out.split("jdk.ExecutionSample")[1:]:
        yield [m.group(1) for m in re.finditer(r"^\s+([\w.$<>/]+)\(", event, re.M)]


def main(path):
    parts, portal, hot = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for frames in samples(path):
        if not frames:
            continue
        total += 1
        hot[frames[0]] += 1
        part = next((p for p in map(part_of, frames) if p), None)
        if part is None:
            part = "JDK only" if all(f.startswith(JDK) for f in frames) else "other libraries"
        parts[part] += 1
        mine = next((f for f in frames if f.startswith("vn.gov.cchc.")), None)
        if mine:
            portal[mine] += 1
    print(f"{total:,} CPU samples in {path}\n")
    print("| part | share |\n|---|---:|")
    for name, n in parts.most_common():
        print(f"| {name} | {100 * n / total:.1f} % |")
    print("\nThe portal's methods nearest the top of the stack (all samples under them):\n")
    print("| method | share |\n|---|---:|")
    for name, n in portal.most_common(15):
        print(f"| `{name}` | {100 * n / total:.1f} % |")
    print("\nHot methods (running when sampled):\n")
    print("| method | share |\n|---|---:|")
    for name, n in hot.most_common(15):
        print(f"| `{name}` | {100 * n / total:.1f} % |")


if __name__ == "__main__":
    main(sys.argv[1])
