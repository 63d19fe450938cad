#!/usr/bin/env python3
"""Compares the words of each seed text with its DOCX and PDF renditions and reports the
seed words a rendition lacks (list labels and repeated page furniture are expected there),
the words it adds, and any U+FFFD, private-use character or HYPERLINK instruction text.

Usage: check_words.py   (needs pdftotext)
"""
import os, re, sys, zipfile, collections, subprocess
CORPUS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
names=["thurrock-self-evaluation","hertfordshire-self-evaluation","vcs-engage-additional-offer","london-vcs-representation","barking-dagenham-scrutiny"]
def words(t):
    t=t.replace('’',"'").replace('‘',"'")
    t=re.sub(r'<[^>]+>',' ',t)  # html tags in seeds
    return collections.Counter(w.lower() for w in re.findall(r"[A-Za-z0-9£%&]+", t))
for n in names:
    seed=open(f'{CORPUS}/text/{n}.txt',encoding='utf-8').read()
    seed=re.sub(r'HYPERLINK "[^"]*"',' ',seed)
    seed=re.sub(r'\((mailto:[^)]*)\)',' ',seed)  # markdown link targets
    z=zipfile.ZipFile(f'{CORPUS}/docx/{n}.docx')
    xml=z.read('word/document.xml').decode()
    if 'word/footnotes.xml' in z.namelist(): xml+=z.read('word/footnotes.xml').decode()
    for part in z.namelist():
        if part.startswith('word/header') or part.startswith('word/footer'): xml+=z.read(part).decode()
    xml=re.sub(r'<w:instrText[^>]*>.*?</w:instrText>','',xml)
    dtext=' '.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>',xml))
    pdf=subprocess.run(['pdftotext',f'{CORPUS}/pdf/{n}.pdf','-'],capture_output=True,text=True).stdout
    import html; dtext=html.unescape(dtext)
    sw=words(seed); dw=words(dtext); pw=words(pdf)
    miss={w:c-dw[w] for w,c in sw.items() if dw[w]<c}
    pmiss={w:c-pw[w] for w,c in sw.items() if pw[w]<c}
    extra={w:c-sw[w] for w,c in dw.items() if sw[w]<c}
    print(n, 'PMISS', pmiss)
    print(n, 'seed words',sum(sw.values()),'docx missing',sum(miss.values()), miss, '| pdf missing', sum(pmiss.values()), '| docx extra', sum(extra.values()), dict(list(extra.items())[:30]))
    bad=[c for c in dtext+pdf if c=='\ufffd' or 0xE000<=ord(c)<=0xF8FF]
    print('  bad chars', len(bad), 'HYPERLINK in text', 'HYPERLINK' in dtext or 'HYPERLINK' in pdf)
