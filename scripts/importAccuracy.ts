/**
 * `node --conditions=production scripts/run.mjs scripts/importAccuracy.ts [--details]`: parses every
 * page of the real-world corpus (tests/fixtures/import/real) as a dry run (no database) and prints
 * the per-layout accuracy table that docs/import.md quotes. --details lists each wrong field.
 */
import { evaluateCorpus, loadRealCorpus, scoreByLayout } from '@/tests/helpers/realCorpus'

const results = evaluateCorpus(loadRealCorpus())
const scores = scoreByLayout(results)
const total = results.length
const right = results.filter((r) => r.wrong.length === 0).length

console.log('| layout | documents | fully right | wrong fields |')
console.log('| --- | --- | --- | --- |')
for (const score of scores) {
  const fields = Object.entries(score.wrongFields)
    .map(([field, count]) => `${field} ×${count}`)
    .join(', ')
  console.log(`| ${score.layout} | ${score.total} | ${score.right} | ${fields || '—'} |`)
}
console.log(`| **all** | ${total} | ${right} (${Math.round((100 * right) / total)}%) | |`)
const heldOut = results.filter((r) => r.heldOut)
const heldOutRight = heldOut.filter((r) => r.wrong.length === 0).length
console.log(`\nHeld-out pages (collected after the parser was fitted to the rest): ${heldOutRight} of ${heldOut.length} fully right.`)
for (const batch of new Set(heldOut.map((r) => r.batch ?? 'first round'))) {
  const pages = heldOut.filter((r) => (r.batch ?? 'first round') === batch)
  console.log(`  ${batch}: ${pages.filter((r) => r.wrong.length === 0).length} of ${pages.length}`)
}

if (process.argv.includes('--details')) {
  for (const { name, wrong } of results) if (wrong.length) console.log(`\n${name}\n  ${wrong.join('\n  ')}`)
}
