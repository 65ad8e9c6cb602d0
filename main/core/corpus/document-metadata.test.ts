import { describe, expect, it } from 'vitest'
import { extractMetadata, findStatedDate } from './document-metadata'

describe('findStatedDate', () => {
  it.each([
    ['Veröffentlicht am 19. Juni 2024 in Seoul', '2024-06-19'],
    ['12. Juni 2024', '2024-06-12'],
    ['Berlin, 3. März 2023 – Die Regierung', '2023-03-03'],
    ['BERLIN, 3. MÄRZ 2023', '2023-03-03'],
    ['Stand: 3. Mär. 2023', '2023-03-03'],
    ['am 1.Sept. 2021', '2021-09-01'],
    ['Datum: 19.06.2024', '2024-06-19'],
    ['Datum: 9. 6. 2024', '2024-06-09'],
    ['ISO 2024-06-19 steht hier', '2024-06-19'],
    ['Zeitstempel 2024-06-19T10:15:00Z', '2024-06-19'],
  ])('reads %s', (text, iso) => expect(findStatedDate(text)).toBe(iso))

  it('passes over impossible dates and text without a year', () => {
    expect(findStatedDate('am 31. Februar 2024')).toBeNull()
    expect(findStatedDate('am 29. Februar 2023')).toBeNull()
    expect(findStatedDate('am 29. Februar 2024')).toBe('2024-02-29')
    expect(findStatedDate('am 32.01.2024 oder 2024-13-01')).toBeNull()
    expect(findStatedDate('am 18. und 19. Juni der Republik')).toBeNull()
    expect(findStatedDate('Version 1.2.2024x')).toBeNull()
  })

  it('takes the first valid date, skipping an invalid one before it', () => {
    expect(findStatedDate('Nicht am 31. Februar 2024, sondern am 1. März 2024 und am 5. Mai 2024')).toBe('2024-03-01')
  })

  it('prefers a date near the top but falls back to one further down', () => {
    const filler = 'Wort '.repeat(400)
    expect(findStatedDate(`${filler}am 19. Juni 2024`)).toBe('2024-06-19')
    expect(findStatedDate(`Am 12. Juni 2024 ${filler} am 19. Juni 2024`)).toBe('2024-06-12')
  })
})

describe('extractMetadata', () => {
  it('takes the first non-empty line as title, and counts chars and words', () => {
    const text = '\n\n  Putin besucht Nordkorea  \n\nDer Text am 19. Juni 2024.'
    // Words start with a letter: "19." and "2024" are not counted.
    expect(extractMetadata(text)).toEqual({ title: 'Putin besucht Nordkorea', date: '2024-06-19', chars: text.length, words: 7 })
  })

  it('counts German words with umlauts, hyphens and apostrophes as one each', () => {
    expect(extractMetadata("Größenwahn: Nord-Süd-Gipfel geht's los, Ärger ß").words).toBe(6)
  })

  it('treats a first line that is only a date as the date, and the next line as title', () => {
    const meta = extractMetadata('12. Juni 2024\n\nBerichten zufolge plant Kim etwas\nText')
    expect(meta.title).toBe('Berichten zufolge plant Kim etwas')
    expect(meta.date).toBe('2024-06-12')
    expect(extractMetadata('am 19. Juni 2024\nTitel').title).toBe('Titel')
    expect(extractMetadata('Mittwoch, 12. Juni 2024, 14:30 Uhr\nTitel').title).toBe('Titel')
    expect(extractMetadata('19.06.2024\nTitel').title).toBe('Titel')
    // A headline that mentions a date is still the title.
    expect(extractMetadata('Gipfel am 12. Juni 2024 in Pjöngjang\nText').title).toBe('Gipfel am 12. Juni 2024 in Pjöngjang')
    // A date line with nothing after it is all there is to call the document.
    expect(extractMetadata('12. Juni 2024\n').title).toBe('12. Juni 2024')
  })

  it('rejects an impossible date on the first line and keeps it as the title', () => {
    const meta = extractMetadata('31. Februar 2024\nText')
    expect(meta.date).toBeNull()
    expect(meta.title).toBe('31. Februar 2024')
  })

  it('caps long titles with an ellipsis', () => {
    const title = extractMetadata(`${'Sehr lange Überschrift '.repeat(20)}\nText`).title
    expect(title.length).toBeLessThanOrEqual(200)
    expect(title.endsWith('…')).toBe(true)
  })

  it('prefers the HTML title and handles empty documents', () => {
    expect(extractMetadata('Text', 'HTML-Titel').title).toBe('HTML-Titel')
    expect(extractMetadata('Text', null).title).toBe('Text')
    expect(extractMetadata('')).toEqual({ title: '(empty document)', date: null, chars: 0, words: 0 })
    expect(extractMetadata(' \n\t\n').title).toBe('(empty document)')
  })

  it('skips a cookie and paywall banner and a kicker above the headline (sample document 002)', () => {
    const text = [
      'Um Ihnen ein besseres Nutzererlebnis zu bieten, verwenden wir Cookies.',
      'Weitere Informationen',
      'Klicken Sie oben rechts in Ihren Browser auf den Button Ihres Ad-Blockers und deaktivieren Sie die Werbeblockierung für',
      '. Danach können Sie gratis weiterlesen.',
      'Jetzt für nur 0,99€ im ersten Monat testen',
      'Washington Post',
      '„Verzweifelt“: Putins Nordkorea-Aufwartung zeigt massive Russland-Kehrtwende auf',
      'Nordkorea ist Russlands größter Unterstützer im Krieg gegen die Ukraine.',
    ].join('\n')
    expect(extractMetadata(text).title).toBe('„Verzweifelt“: Putins Nordkorea-Aufwartung zeigt massive Russland-Kehrtwende auf')
  })

  it.each([
    ['Datenschutz: Wie Sie Ihre Daten vor Meta schützen\nMeta will Nutzerdaten für KI verwenden. So widersprechen Sie.', 'Datenschutz: Wie Sie Ihre Daten vor Meta schützen'],
    ['Abo-Falle: So kommen Sie aus Ihrem Handyvertrag\nViele Verträge verlängern sich still.', 'Abo-Falle: So kommen Sie aus Ihrem Handyvertrag'],
    ['Wir müssen reden: Was uns die Datenschutz-Debatte lehrt\nEin Kommentar.', 'Wir müssen reden: Was uns die Datenschutz-Debatte lehrt'],
    ['Wie Sie Cookies im Browser löschen\nCookies speichern Daten über Ihr Surfen.', 'Wie Sie Cookies im Browser löschen'],
    ['Kanzlerwahl gescheitert\nVon Anna Müller und Peter Schmidt\nDer Bundestag hat …', 'Kanzlerwahl gescheitert'],
    ['Einleitung\n\nDie Geschichte der Stadt beginnt im Jahr 1237, als sie\nzum ersten Mal erwähnt wird.', 'Einleitung'],
    ['Vorwort\nDie Geschichte der Stadt beginnt im Jahr 1237, als sie\nzum ersten Mal erwähnt wird.', 'Vorwort'],
    ['Wir verwenden Cookies.\nNetflix erhöht die Abo-Preise für alle Kunden\nDer Streamingdienst …', 'Netflix erhöht die Abo-Preise für alle Kunden'],
  ])('never drops a real headline: %s', (text, title) => {
    expect(extractMetadata(text).title).toBe(title)
  })

  it('keeps a headline that is about cookies, and a short title followed by its first sentence', () => {
    expect(extractMetadata('EU verschärft die Regeln für Cookie-Banner\nAb Juni gilt Neues.').title).toBe('EU verschärft die Regeln für Cookie-Banner')
    expect(extractMetadata('Gipfel in Pjöngjang\nPutin und Kim haben sich am Mittwoch getroffen.').title).toBe('Gipfel in Pjöngjang')
    // A banner with nothing after it: the first line is all there is.
    expect(extractMetadata('Wir verwenden Cookies.\nAkzeptieren Sie die Cookies').title).toBe('Wir verwenden Cookies.')
  })
})
