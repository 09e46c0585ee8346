#!/usr/bin/env python3
"""Fails when libprecis.so exports a symbol outside its public API.

Public means declared in the public headers (lib/include/precis): every
exported precis:: symbol must name a class or function that a header of its
module declares, and none may sit in a detail, internal or anonymous
namespace. The only other symbols allowed are instantiations of standard
library templates (vague linkage: the compiler emits them wherever they are
used, and libstdc++ declares them visible). Everything else (ICU, xxHash,
simdjson, helpers of lib/src) must stay hidden.

  check_exports.py LIBRARY INCLUDE_DIR [--list]

Prints the counts; --list prints every exported precis:: symbol.
"""

import argparse
import pathlib
import re
import subprocess
import sys

STANDARD = re.compile(
    r"^(typeinfo for |typeinfo name for |vtable for |guard variable for )?"
    r"([\w:<>, *&]+ )?(std|__gnu_cxx)::")
HIDDEN_NAMESPACES = ("detail", "internal", "(anonymous namespace)")


def exported_symbols(library):
    output = subprocess.run(["nm", "-D", "--defined-only", "-C", library], check=True,
                            capture_output=True, text=True).stdout
    symbols = []
    for line in output.splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3:
            symbols.append(parts[2])
    return symbols


def header_identifiers(include_dir):
    """{module: set of identifiers} from lib/include/precis/<module>/*.h;
    module "" for the headers directly under precis/."""
    root = pathlib.Path(include_dir) / "precis"
    identifiers = {}
    for header in root.rglob("*.h"):
        module = "" if header.parent == root else header.parent.name
        text = re.sub(r"//.*", "", header.read_text(encoding="utf-8"))
        identifiers.setdefault(module, set()).update(re.findall(r"[A-Za-z_]\w*", text))
    return identifiers


def qualified_name(symbol):
    """'precis::corpus::SpillFile::Append' from a demangled symbol."""
    symbol = re.sub(r"^(typeinfo for |typeinfo name for |vtable for |guard variable for )", "",
                    symbol)
    symbol = symbol.replace("[abi:cxx11]", "")
    start = symbol.find("precis::")
    name = symbol[start:]
    depth = 0
    for i, c in enumerate(name):
        if c == "<":
            depth += 1
        elif c == ">":
            depth -= 1
        elif c == "(" and depth == 0 and not name.startswith("(anonymous", i):
            return name[:i]
    return name


def problem(symbol, identifiers):
    if STANDARD.match(symbol) and "precis::" not in symbol.split("(")[0]:
        return None
    if "precis::" not in symbol:
        return "not in namespace precis"
    parts = qualified_name(symbol).split("::")
    for hidden in HIDDEN_NAMESPACES:
        if hidden in parts:
            return "in a " + hidden + " namespace"
    # precis::<module>::<Name>... or precis::<Name>...
    module = parts[1] if len(parts) > 2 and parts[1] in identifiers else ""
    name = parts[2] if module else parts[1]
    name = re.sub(r"<.*", "", name).lstrip("~")
    # A name directly in precis:: (Status, ...) may come from any module's headers.
    known = identifiers.get(module, set()) if module else set().union(*identifiers.values())
    if name not in known:
        return "'" + name + "' is not declared in include/precis/" + (module or "")
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("library")
    parser.add_argument("include_dir")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    identifiers = header_identifiers(args.include_dir)
    symbols = exported_symbols(args.library)
    precis_symbols = [s for s in symbols if "precis::" in s]
    bad = [(s, p) for s in symbols if (p := problem(s, identifiers))]
    if args.list:
        for symbol in precis_symbols:
            print(symbol)
    print(f"{len(symbols)} exported symbols: {len(precis_symbols)} in precis::, "
          f"{len(symbols) - len(precis_symbols)} standard template instantiations; "
          f"{len(bad)} outside the public API")
    for symbol, why in bad:
        print(f"  not public ({why}): {symbol}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
