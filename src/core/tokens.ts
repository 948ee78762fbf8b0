/**
 * Tokens (values Terraform knows only at plan or apply): whether a value is
 * one, and the expression it stands for in error messages. Loading this
 * module teaches the pure error module to render tokens as `${var.min}`.
 */
import { DefaultTokenResolver, StringConcat, Token, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';
import { HasPath, setTokenRenderer } from './errors';

/** True when the value is (or contains) a token that resolves only at deploy time. */
export function isUnresolved(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return Token.isUnresolved(value);
}

/** The Terraform expression a token stands for (`${var.min}`), for messages. */
export function tokenExpression(value: unknown, scope?: HasPath): string | undefined {
  if (!isUnresolved(value) || !scope) return isUnresolved(value) ? '<token>' : undefined;
  try {
    const resolved = Tokenization.resolve(value, { scope: scope as IConstruct, preparing: false, resolver: new DefaultTokenResolver(new StringConcat()) });
    return typeof resolved === 'string' ? resolved : JSON.stringify(resolved);
  } catch {
    return '<token>';
  }
}

setTokenRenderer(tokenExpression);
