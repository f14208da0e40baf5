// Children's records stay in the browser: nothing renders on a server, the shell is static.
export const ssr = false;
export const prerender = true;
