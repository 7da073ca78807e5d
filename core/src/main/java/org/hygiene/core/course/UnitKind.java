package org.hygiene.core.course;

/** What a unit of the course is; decided by the folder its file lives in. */
public enum UnitKind {
    LESSON("lessons/"),
    QUIZ("quizzes/");

    private final String folder;

    UnitKind(String folder) {
        this.folder = folder;
    }

    /** The folder, relative to the course root, that holds units of this kind. */
    public String folder() {
        return folder;
    }

    /** Return the kind of the unit at this course-relative path, if it lives in a known folder. */
    public static java.util.Optional<UnitKind> ofPath(String relativePath) {
        for (UnitKind kind : values()) {
            if (relativePath.startsWith(kind.folder)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
