// Weekday names as notes print them in English, French and Spanish, as a regular-expression
// alternation (match it case-insensitively).
export const WEEKDAY_NAME =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)';
