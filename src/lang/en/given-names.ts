import { nameBlock, type GivenNameTable } from '../given-names.js';

/**
 * Common English given names (British, American, Australian), each once with its gender, that the German and
 * international table (`src/lang/de/given-names.ts`) lacks or leaves open; English reads both as one. A capitalised
 * word after one is a family name ("Stormy Daniels", "Lily Collins"), and "she"/"he" agree with the person by it.
 * Names that are also common words, months, places or titles in English ("Will", "May", "Grace", "Chase", "Austin",
 * "Virginia", "Chelsea", "Earl") are left out. The tests check that each name adds to the German table.
 */
export const ENGLISH_GIVEN_NAMES: GivenNameTable = {
  female: nameBlock(`
  Abigail Addison Alexis Alison Allison Alyssa Amanda Angie Annie Ashley Audrey Ava Becky Bethany Betsy Betty Beverly
  Billie Bonnie Brenda Brianna Bridget Brie Brittany Brooke Caitlin Candace Cara Carly Carol Carolyn Cassandra Cathy
  Cheryl Christy Cindy Claire Colleen Connie Courtney Crystal Cynthia Dana Danielle Darlene Debbie Deborah Debra
  Denise Diane Dolly Donna Doreen Dorothy Eileen Elaine Ellie Erin Felicity Gail Gillian Gloria Goldie Gwen Gwyneth
  Hailey Haley Hayley Heather Holly Ivanka Jackie Jamie Janet Janice Jean Jeanne Jenna Jenny Jill Joan Joanne Jocelyn
  Jodi Jodie Joyce Judy Julie Kamala Karen Kate Kathleen Kathryn Kathy Katie Katy Kayla Kellyanne Kelly Kelsey Kendall
  Kerry Kimberly Kristen Kristin Kristine Kylie Lacey Lauren Leah Leslie Lily Lindsay Lindsey Liza Lois Loretta Lori
  Lorraine Lucy Lynn Mandy Marcia Margaret Marilyn Marsha Megan Meghan Melania Meredith Meryl Mildred Millie Molly
  Nadia Naomi Natasha Nikki Noelle Olivia Oprah Paige Pam Pamela Patti Peggy Penelope Penny Phyllis Priscilla Rebecca
  Renee Rhonda Rihanna Roberta Rosemary Roxanne Sally Samantha Shannon Sharon Shania Sheila Shelby Shelley Sheryl
  Shirley Sienna Stacey Stacy Stormy Sue Suzanne Tamara Tammy Tara Tiffany Tracey Tracy Tyra Valerie Vicki Vickie
  Wendy Whitney
`),
  male: nameBlock(`
  Alec Allen Alvin Andy Archie Armie Barry Beau Beto Billy Blake Bobby Brad Bradley Brandon Brendan Brent Brett Brian
  Bruce Bryan Bryce Byron Calvin Cameron Casey Cecil Chad Charlie Chester Chuck Clayton Cliff Clint Cody Colin Connor
  Corey Cory Craig Curtis Dale Damon Dan Danny Darren Darryl Dave Derek Devin Don Donnie Doug Douglas Duane Dustin
  Dwayne Dwight Ed Eddie Elijah Elliot Elliott Eric Ernie Ethan Evan Floyd Francis Frankie Fred Freddie Garrett Gary
  Gavin Glenn Gordon Greg Gregory Hank Harold Harvey Hayden Howard Hugh Ian Isaac Jack Jake Jamal Jared Jason Jay Jeb
  Jeff Jeffrey Jeremy Jerry Jesse Jim Jimmy Joel Joey Johnny Jon Jonah Josh Joshua Kanye Keith Ken Kenneth Kenny Kent
  Kirk Kyle Lance Larry Leroy Lester Lloyd Logan Lonnie Louie Luke Malcolm Marvin Matt Maurice Melvin Micah Mitch
  Mitchell Mitt Neil Newt Nick Noah Norman Ollie Owen Pete Phil Quincy Rahm Randy Rand Reggie Reince Rex Rick Ricky
  Rob Robbie Rod Rodney Roger Ron Ronnie Ross Roy Rudy Russ Russell Ryan Sam Sammy Scott Sean Seth Shane Shawn Stan
  Stanley Steve Stevie Stuart Ted Teddy Terry Timothy Toby Todd Tommy Tony Travis Trevor Troy Tucker Tyrone Vince Wade
  Wally Walt Wayne Wes Wesley Willie Woody Zach Zachary
`),
  open: [],
};
