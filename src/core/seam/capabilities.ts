/**
 * The environment label for providers without environments. Parenthesised so it can never be mistaken
 * for, or collide with, a real environment name. (What each provider can do is data in its own folder:
 * `capabilities` of its definition.)
 */
export const NO_ENVIRONMENT = '(global)'
