// Round w38bt: an invitation may name its meeting only in its subject line and say in its body
// where and when "we will meet" (`nous nous réunirons`, `nos reuniremos`): "… to join members of
// the Security Council next Tuesday, from 3 to 5.30 p.m., in Conference Room 4, where we will meet
// with journalists …". The verb announces the meeting as a meeting word with a future does, so
// the hours in its sentence are the meeting's when no day is given (a time stands without a day,
// round 16's merge).
export const WILL_MEET =
  /(?<![\p{L}])(?:(?:we|they|members|participants)\s+will\s+meet|nous\s+nous\s+réunirons|nos\s+reuniremos)(?![\p{L}])/iu;
