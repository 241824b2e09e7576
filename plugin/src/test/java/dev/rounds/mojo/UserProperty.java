package dev.rounds.mojo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code -Dname=value} on the command line for one test, so the test goes through the parameter's
 * {@code property} as a user would, rather than setting the field.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(UserProperty.List.class)
@interface UserProperty {

    String name();

    String value();

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        UserProperty[] value();
    }
}
