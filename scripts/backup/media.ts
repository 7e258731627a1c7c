import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import { RestoreError } from './errors'

/**
 * The uploads (MEDIA_DIR) in a backup: a gzipped tar beside the database file, made and unpacked
 * by the system's tar (in the Docker image, and on any Linux or macOS host), which streams a
 * directory of photos without holding it in memory.
 *
 * A restore unpacks the archive into a staging directory inside MEDIA_DIR first (a damaged archive
 * is refused there, before the database is touched), then swaps the entries. Inside, because in
 * Docker MEDIA_DIR is a volume's mount point: it cannot be renamed, and a rename from elsewhere
 * would cross file systems.
 */
const STAGING = '.techplus-restore-staging'
const ASIDE = '.techplus-restore-previous'

function tar(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(stderr.split('\n').map((line) => line.trim()).find(Boolean) ?? `tar exited with ${code}`)),
    )
  })
}

/** Writes `mediaDir`'s content to `file` (tar.gz); a half-written archive never carries the final name. */
export async function writeMediaArchive(mediaDir: string, file: string): Promise<number> {
  const partial = `${file}.partial`
  try {
    await tar(['--create', '--gzip', '--file', partial, '--exclude', `./${STAGING}`, '--exclude', `./${ASIDE}`, '--directory', mediaDir, '.'])
    await rename(partial, file)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
  return (await stat(file)).size
}

export interface StagedMedia {
  /** Puts the staged files in place of MEDIA_DIR's content. */
  commit: () => Promise<void>
  /** Forgets the staged files, leaving MEDIA_DIR as it was. */
  discard: () => Promise<void>
}

/** Unpacks `archive` beside the live uploads; a damaged archive is a RestoreError and changes nothing. */
export async function stageMediaArchive(archive: string, mediaDir: string, unchanged: string): Promise<StagedMedia> {
  const staging = path.join(mediaDir, STAGING)
  await mkdir(mediaDir, { recursive: true })
  await rm(staging, { recursive: true, force: true })
  await mkdir(staging)
  try {
    await tar(['--extract', '--gzip', '--file', archive, '--directory', staging])
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    const reason = error instanceof Error ? error.message.replace(/^tar: /, '') : String(error)
    throw new RestoreError(`The uploads archive ${path.basename(archive)} is damaged or unreadable (tar: ${reason}), so ${unchanged}`)
  }
  return {
    discard: () => rm(staging, { recursive: true, force: true }),
    commit: async () => {
      const aside = path.join(mediaDir, ASIDE)
      await rm(aside, { recursive: true, force: true })
      await mkdir(aside)
      const current = (await readdir(mediaDir)).filter((name) => name !== STAGING && name !== ASIDE)
      for (const name of current) await rename(path.join(mediaDir, name), path.join(aside, name))
      for (const name of await readdir(staging)) await rename(path.join(staging, name), path.join(mediaDir, name))
      await rm(staging, { recursive: true, force: true })
      await rm(aside, { recursive: true, force: true })
    },
  }
}

export const hasMedia = (mediaDir: string) => existsSync(mediaDir)
