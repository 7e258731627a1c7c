import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Back to what visitors see. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const to = new URL(request.url).searchParams.get('path') ?? '/'
  redirect(to.startsWith('/') && !to.startsWith('//') ? to : '/')
}
