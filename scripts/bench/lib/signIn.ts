/** A staff sign-in over HTTP, as the admin does it: the session cookie to send with later requests. */
export const signIn = async (url: string, email: string, password: string): Promise<string> => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`Reviewer login failed: ${response.status} ${await response.text()}`)
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(';')[0]!)
    .find((value) => value.startsWith('payload-token='))
  if (!cookie) throw new Error('Reviewer login answered without a payload-token cookie.')
  return cookie
}
