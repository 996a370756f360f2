/** Default smallest group whose breakdown may be shown (anonymity); its own module so invitations need no engine. */
export const MIN_GROUP_SIZE = 3;
