#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compares shipped .ts files with copies lupdate refreshed from the current sources.

Arguments: SHIPPED=UPDATED pairs. Exit status 1, with a list per file, when a shipped file
 - lacks a message the sources have (lupdate added it to the copy),
 - has a message whose source text changed or that is unfinished (type="unfinished"),
 - has a message without a translation, or a plural message with an empty form,
 - keeps a message the sources no longer have (type="vanished"/"obsolete" after lupdate).
"""
import sys
import xml.etree.ElementTree as ET


def messages(path):
    """{(context, source, comment): (type, [translations])} of one .ts file."""
    out = {}
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name') or ''
        for message in context.iter('message'):
            key = (name, message.findtext('source') or '', message.findtext('comment') or '')
            translation = message.find('translation')
            kind = translation.get('type', '') if translation is not None else 'unfinished'
            if translation is None:
                forms = []
            elif message.get('numerus') == 'yes':
                forms = [(f.text or '') for f in translation.iter('numerusform')]
            else:
                forms = [translation.text or '']
            out[key] = (kind, forms)
    return out


def describe(key):
    context, source, comment = key
    text = f'{context}: "{source}"'
    return text + (f' ({comment})' if comment else '')


def check(shipped_path, updated_path):
    shipped = messages(shipped_path)
    updated = messages(updated_path)
    problems = {}
    for key, (kind, forms) in updated.items():
        if kind in ('vanished', 'obsolete'):
            problems[key] = f'no longer in the sources (remove it): {describe(key)}'
        elif key not in shipped:
            problems[key] = f'missing (new in the sources): {describe(key)}'
        elif kind == 'unfinished':
            problems[key] = f'unfinished: {describe(key)}'
        elif not forms or any(not form.strip() for form in forms):
            problems[key] = f'empty translation: {describe(key)}'
    # The shipped file on its own too: lupdate keeps an entry's state, but be explicit.
    for key, (kind, _forms) in shipped.items():
        if key not in problems and kind in ('unfinished', 'vanished', 'obsolete'):
            problems[key] = f'marked {kind} in the shipped file: {describe(key)}'
    problems = [problems[key] for key in sorted(problems)]
    return problems


def main(pairs):
    failed = False
    for pair in pairs:
        shipped_path, updated_path = pair.split('=', 1)
        problems = check(shipped_path, updated_path)
        count = len(messages(shipped_path))
        if problems:
            failed = True
            print(f'FAIL {shipped_path}: {len(problems)} problem(s), '
                  f'run the update_translations target and translate:')
            for problem in problems:
                print(f'  {problem}')
        else:
            print(f'PASS {shipped_path}: {count} message(s), all translated')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
