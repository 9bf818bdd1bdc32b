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
  Abigail Addison Alexis Allison Alyssa Angie Annie Ashley Audrey Ava Becky Bethany Betsy Beverly Billie Bonnie Brenda
  Brianna Bridget Brie Brittany Brooke Caitlin Candace Cara Carly Carol Carolyn Cassandra Cathy Cheryl Christy Colleen
  Connie Courtney Crystal Cynthia Dana Danielle Darlene Debbie Debra Diane Dolly Doreen Dorothy Elaine Ellie Erin
  Felicity Gail Gillian Gloria Goldie Gwen Gwyneth Hailey Haley Hayley Heather Holly Ivanka Jackie Jamie Janice Jean
  Jeanne Jenna Jill Joan Joanne Jocelyn Jodi Jodie Judy Kathryn Kathy Katie Kayla Kellyanne Kelly Kelsey Kendall Kerry
  Kimberly Kristen Kristine Kylie Lacey Lauren Leah Leslie Lily Lindsay Lindsey Liza Lois Loretta Lori Lorraine Lynn
  Mandy Marcia Margaret Marilyn Marsha Megan Meghan Melania Meredith Mildred Millie Molly Nadia Naomi Natasha Nikki
  Noelle Olivia Oprah Paige Pam Patti Peggy Penny Phyllis Priscilla Renee Rhonda Rihanna Roberta Rosemary Roxanne
  Sally Samantha Shannon Sharon Shania Sheila Shelby Shelley Sheryl Shirley Sienna Stacey Stacy Stormy Sue Tammy Tara
  Tiffany Tracey Tracy Tyra Vicki Vickie Wendy
`),
  male: nameBlock(`
  Alec Allen Alvin Archie Armie Barry Beau Beto Billy Blake Bobby Bradley Brandon Brendan Brent Brett Bryan Bryce
  Byron Calvin Cameron Casey Cecil Chad Chester Chuck Clayton Cliff Clint Cody Connor Corey Cory Curtis Dale Damon Dan
  Darren Darryl Devin Don Donnie Duane Dustin Dwayne Dwight Ed Elijah Elliot Elliott Ernie Evan Floyd Frankie Garrett
  Hank Harold Harvey Hayden Howard Hugh Isaac Jamal Jared Jay Jeb Jimmy Joel Jonah Kanye Kenny Kent Kirk Kyle Lance
  Leroy Lester Lloyd Logan Lonnie Louie Luke Malcolm Melvin Micah Mitch Mitchell Noah Ollie Owen Pete Quincy Rahm Rand
  Reggie Reince Ricky Rob Robbie Rod Rodney Ron Ronnie Rudy Russ Russell Sammy Seth Shane Stan Stanley Stevie Stuart
  Teddy Terry Toby Tommy Travis Trevor Troy Tucker Tyrone Vince Wade Wally Walt Wes Willie Woody Zach Zachary
`),
  open: [],
};
