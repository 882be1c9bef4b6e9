#!/usr/bin/env python3
"""Writes bilag's man page and bash completion from the binary's own help.

Usage: make_cli_docs.py BILAG OUTDIR
  OUTDIR/bilag.1     the man page (bilag --help and bilag help COMMAND for
                     every command, the footer's sections as man sections)
  OUTDIR/bilag.bash  the bash completion: commands, flags, the choices of
                     flags like --ocr, folders for DIR and files for FILE

Run by the build after linking bilag (extractor/cli/CMakeLists.txt), so both
describe exactly the flags that binary has.
"""
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field

# Help columns are split where two or more spaces stand (CLI11's layout).
COLUMN_GAP = re.compile(r"\s{2,}")
# Words after an option's names that are no placeholder.
NOT_A_PLACEHOLDER = {"...", "REQUIRED", "Needs:", "Excludes:"}


@dataclass
class Item:
    name: str  # as the help prints it: "-o,--output-dir DIR"
    text: str


@dataclass
class Section:
    heading: str
    items: list = field(default_factory=list)
    paragraphs: list = field(default_factory=list)


@dataclass
class Help:
    words: list  # the command's words after bilag: ["rules", "check"]
    description: str = ""
    usage: str = ""
    sections: list = field(default_factory=list)

    def section(self, heading):
        return next((s for s in self.sections if s.heading == heading), Section(heading))


def parse_help(words, text):
    help = Help(words)
    section = None
    for line in text.splitlines():
        if not line.strip():
            continue
        if line.startswith("Usage: "):
            help.usage = line[len("Usage: "):]
        elif not line.startswith(" ") and line.endswith(":"):
            section = Section(line[:-1])
            help.sections.append(section)
        elif line.startswith("  ") and not line.startswith("   ") and section is not None:
            parts = COLUMN_GAP.split(line.strip(), 1)
            section.items.append(Item(parts[0], parts[1] if len(parts) > 1 else ""))
        elif line.startswith("   ") and section is not None and section.items:
            section.items[-1].text = (section.items[-1].text + " " + line.strip()).strip()
        elif not help.usage:
            help.description = (help.description + " " + line.strip()).strip()
        elif section is not None:
            section.paragraphs.append(line.strip())
        else:
            help.description = (help.description + " " + line.strip()).strip()
    return help


def run(bilag, args):
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    return subprocess.run([bilag] + args, check=True, capture_output=True, text=True,
                          env=env).stdout


def collect(bilag):
    """Every command's help, depth first: [] first, then ["text"], ..."""
    helps = []
    pending = [[]]
    while pending:
        words = pending.pop(0)
        help = parse_help(words, run(bilag, ["help"] + words))
        helps.append(help)
        pending += [words + [item.name] for item in help.section("Subcommands").items]
    return helps


def shown_name(item):
    # CLI11 shows a negated flag as "!--no-page-images{false}".
    return re.sub(r"\{[^}]*\}", "", item.name).lstrip("!")


def option_names(item):
    return shown_name(item).split()[0].split(",")


def placeholder(item):
    words = item.name.split()
    if len(words) < 2 or words[1] in NOT_A_PLACEHOLDER:
        return None
    return words[1].split("=")[0]


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text.startswith((".", "'")) else text


def man_items(items):
    lines = []
    for item in items:
        lines += [".TP", "\\fB" + roff(shown_name(item)) + "\\fR", roff(item.text)]
    return lines


def man_page(helps, version):
    app = helps[0]
    # .nh .ad l: no hyphens inside flags, no stretched spaces between them.
    out = [f'.TH BILAG 1 "" "{roff(version)}" "User Commands"', ".nh", ".ad l", ".SH NAME",
           "bilag \\- " + roff(app.description.split(": ", 1)[-1]), ".SH SYNOPSIS",
           ".B bilag", "[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]", ".SH DESCRIPTION",
           roff(app.description), ".SH OPTIONS"]
    out += man_items(app.section("Options").items)
    out.append(".SH COMMANDS")
    for help in helps[1:]:
        out += [".SS " + '"' + roff(help.usage) + '"', roff(help.description)]
        for heading in ("Positionals", "Options"):
            out += man_items(help.section(heading).items)
    for section in app.sections:
        if section.heading in ("Options", "Subcommands"):
            continue
        out.append(".SH " + roff(section.heading.upper()))
        out += man_items(section.items)
        for paragraph in section.paragraphs:
            out += [".PP", roff(paragraph)]
    return "\n".join(out) + "\n"


def value_kind(item):
    """How the value after an option completes: words, @dir, @file or @any."""
    name = placeholder(item)
    if name is None:
        return None
    if "|" in name:
        return " ".join(name.split("|"))
    return {"DIR": "@dir", "FILE": "@file"}.get(name, "@any")


def shell_case(entries):
    return "\n".join(f'    "{key}") echo "{value}" ;;' for key, value in entries)


def completion(helps):
    commands, options, values, positionals = [], [], [], []
    for help in helps:
        path = " ".join(help.words)
        subcommands = [i.name for i in help.section("Subcommands").items]
        if subcommands:
            commands.append((path, " ".join(subcommands)))
        opts = help.section("Options").items
        options.append((path, " ".join(n for i in opts for n in option_names(i))))
        for item in opts:
            kind = value_kind(item)
            if kind:
                values += [(f"{path} {n}", kind) for n in option_names(item)]
        for item in help.section("Positionals").items:
            positionals.append((path, "@dir" if item.name.split()[0] == "DIR" else "@file"))
    return f"""# bash completion for bilag, made from its help by scripts/make_cli_docs.py.

_bilag_commands() {{
  case "$1" in
{shell_case(commands)}
  esac
}}

_bilag_options() {{
  case "$1" in
{shell_case(options)}
  esac
}}

# What follows an option: choices, @dir, @file, @any; nothing for a flag.
# Options of bilag itself (--color) may stand after a command too.
_bilag_value() {{
  case "$1 $2" in
{shell_case(values)}
    *) [ -n "$1" ] && _bilag_value "" "$2" ;;
  esac
}}

_bilag_positional() {{
  case "$1" in
{shell_case(positionals)}
  esac
}}

_bilag_reply() {{
  case "$1" in
    @dir) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$2")) ;;
    @file) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$2")) ;;
    @any) COMPREPLY=() ;;
    *) COMPREPLY=($(compgen -W "$1" -- "$2")) ;;
  esac
}}

_bilag() {{
  local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}}
  local path="" asked="" i word sub
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${{COMP_WORDS[i]}}
    if [[ $word == -* ]]; then
      [[ $word != *=* && -n $(_bilag_value "$path" "$word") ]] && ((i++))
      continue
    fi
    if [[ $path == help ]]; then
      asked=${{asked:+$asked }}$word
      continue
    fi
    for sub in $(_bilag_commands "$path"); do
      [[ $sub == "$word" ]] && path=${{path:+$path }}$word && break
    done
  done
  local kind
  kind=$(_bilag_value "$path" "$prev")
  if [[ -n $kind && $prev == -* ]]; then
    _bilag_reply "$kind" "$cur"
  elif [[ $cur == -* ]]; then
    _bilag_reply "$(_bilag_options "$path")" "$cur"
  elif [[ $path == help ]]; then
    _bilag_reply "$(_bilag_commands "$asked")" "$cur"
  elif [[ -n $(_bilag_commands "$path") ]]; then
    _bilag_reply "$(_bilag_commands "$path")" "$cur"
  else
    _bilag_reply "$(_bilag_positional "$path")" "$cur"
  fi
}}

complete -F _bilag bilag
"""


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    bilag, outdir = sys.argv[1:]
    helps = collect(bilag)
    version = run(bilag, ["--version"]).strip()
    os.makedirs(outdir, exist_ok=True)
    for name, text in (("bilag.1", man_page(helps, version)), ("bilag.bash", completion(helps))):
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as out:
            out.write(text)


if __name__ == "__main__":
    main()
