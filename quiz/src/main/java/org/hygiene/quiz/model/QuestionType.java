package org.hygiene.quiz.model;

/** What kind of answer a question expects. */
public enum QuestionType {
    /** One option (quizdown {@code 1. [x]}). */
    SINGLE,
    /** Any number of options (quizdown {@code - [x]}). */
    MULTIPLE,
    /** A single choice between True and False. */
    TRUE_FALSE,
    /** A typed answer compared with the accepted answers after normalising. */
    TEXT,
    /** A typed number within a tolerance or a range. */
    NUMBER,
    /** Put the items in order (a plain ordered list in quizdown). */
    ORDER;

    /** Whether the learner answers by picking options. */
    public boolean isChoice() {
        return this == SINGLE || this == MULTIPLE || this == TRUE_FALSE;
    }

    /** Whether the learner types the answer. */
    public boolean isTyped() {
        return this == TEXT || this == NUMBER;
    }
}
