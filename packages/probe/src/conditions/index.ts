/** The condition language (gatus's, with [HEADERS] and [PROTOCOL] added): parse once, evaluate per response. */
export { ConditionSyntaxError, type Operator, type PathSegment } from './lexer.ts';
export {
  parseCondition,
  PLACEHOLDERS,
  type Condition,
  type Operand,
  type PlaceholderName,
} from './parser.ts';
export {
  evaluateConditions,
  matchPattern,
  walk,
  type ConditionContext,
  type ConditionResult,
} from './evaluator.ts';
export { toNumber } from './go-values.ts';
